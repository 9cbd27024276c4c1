package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/farvel/farvel/internal/precompressed"
)

// Farvel's order of preference among the codings it sends: a body
// compressed ahead of time is smallest in brotli; a page made per request
// is gzipped, the fastest of them at its size (see
// precompressed.BenchmarkCompressors).
var (
	precompressedOffers = []string{precompressed.Brotli, precompressed.Gzip}
	dynamicOffers       = []string{precompressed.Gzip}
)

// unlisted marks a coding the request's Accept-Encoding does not name.
const unlisted = -1

// acceptEncoding is what a request's Accept-Encoding says of each coding
// Farvel can send, as weights in thousandths (q=0.5 is 500), or unlisted.
type acceptEncoding struct {
	sent                       bool // the request has the header at all
	gzip, br, identity, others int  // others: "*"
}

// parseAcceptEncoding reads the header as RFC 9110, section 12.5.3, has it:
// comma-separated codings, case-insensitive, each with an optional weight
// ";q=" of 0 to 1 with at most three decimals; q=0 refuses a coding. A
// member whose weight is malformed is ignored, as if not sent; a coding
// listed twice keeps its lower weight; parameters other than q are
// skipped. "x-gzip" is gzip.
func parseAcceptEncoding(h http.Header) acceptEncoding {
	a := acceptEncoding{gzip: unlisted, br: unlisted, identity: unlisted, others: unlisted}
	for _, value := range h.Values("Accept-Encoding") {
		a.sent = true
		for member := range strings.SplitSeq(value, ",") {
			coding, params, _ := strings.Cut(member, ";")
			q, ok := weight(params)
			if !ok {
				continue
			}
			var slot *int
			switch coding = strings.TrimSpace(coding); {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				slot = &a.gzip
			case strings.EqualFold(coding, "br"):
				slot = &a.br
			case strings.EqualFold(coding, "identity"):
				slot = &a.identity
			case coding == "*":
				slot = &a.others
			default:
				continue
			}
			if *slot == unlisted || q < *slot {
				*slot = q
			}
		}
	}
	return a
}

// weight reads the q parameter among a member's parameters: 1000 when
// there is none, false when it is malformed.
func weight(params string) (int, bool) {
	for param := range strings.SplitSeq(params, ";") {
		name, value, _ := strings.Cut(param, "=")
		if strings.EqualFold(strings.TrimSpace(name), "q") {
			return parseQValue(strings.TrimSpace(value))
		}
	}
	return 1000, true
}

// parseQValue reads a qvalue: "0" to "1", at most three decimals ("0.125",
// "1.000"), in thousandths.
func parseQValue(s string) (int, bool) {
	if s == "" || len(s) > len("0.000") || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	whole := int(s[0]-'0') * 1000
	if len(s) == 1 {
		return whole, true
	}
	if s[1] != '.' {
		return 0, false
	}
	frac := 0
	for i, scale := 2, 100; i < len(s); i, scale = i+1, scale/10 {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		frac += int(c-'0') * scale
	}
	if whole == 1000 && frac != 0 {
		return 0, false
	}
	return whole + frac, true
}

// of is the weight of an offered content coding: its own, else that of
// "*", else 0, not acceptable.
func (a acceptEncoding) of(coding string) int {
	q := unlisted
	switch coding {
	case precompressed.Gzip:
		q = a.gzip
	case precompressed.Brotli:
		q = a.br
	}
	if q == unlisted {
		q = a.others
	}
	return max(q, 0)
}

// identityOK reports whether the body may go as it is: always, unless
// "identity;q=0", or "*;q=0" with no word of identity, refuses it.
func (a acceptEncoding) identityOK() bool {
	if a.identity != unlisted {
		return a.identity > 0
	}
	return a.others != 0
}

// choose picks the coding to send a body in, among offers in Farvel's
// order of preference: the one the client weighs highest (on a tie, the
// earlier offer), unless identity is weighed higher still; identity too
// when the client sent no Accept-Encoding or the body is small, as long as
// identity is acceptable. When nothing is acceptable, not even identity,
// the body goes as it is: a page the client may not want beats none.
func (a acceptEncoding) choose(small bool, offers []string) string {
	if !a.sent || (small && a.identityOK()) {
		return precompressed.Identity
	}
	best, bestQ := precompressed.Identity, 0
	for _, c := range offers {
		if q := a.of(c); q > bestQ {
			best, bestQ = c, q
		}
	}
	// Unlisted, identity is acceptable but ranks below any listed coding.
	if a.identity != unlisted && a.identity > bestQ {
		return precompressed.Identity
	}
	return best
}

// writeBody sends a body made for this request, gzipped when the client
// takes it and it is large enough to gain.
func writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	h := w.Header()
	varyOnEncoding(h)
	small := len(body) < precompressed.MinSize
	if enc := parseAcceptEncoding(r.Header).choose(small, dynamicOffers); enc != precompressed.Identity {
		buf := getBuffer()
		defer putBuffer(buf)
		precompressed.AppendGzip(buf, body)
		body = buf.Bytes()
		h["Content-Encoding"] = contentEncodings[enc][:1:1]
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// writePrecompressed sends a body compressed ahead of time, in the best
// encoding the client takes.
func writePrecompressed(w http.ResponseWriter, r *http.Request, status int, body precompressed.Body) {
	enc := precompressedEncoding(r)
	b := body.In(enc)
	h := w.Header()
	varyOnEncoding(h)
	if enc != precompressed.Identity {
		h["Content-Encoding"] = contentEncodings[enc][:1:1]
	}
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// Header values shared by every answer, as securityHeaders are: capacity
// 1, so that an Add elsewhere copies rather than writes into them.
var (
	varyAcceptEncoding = []string{"Accept-Encoding"}
	contentEncodings   = map[string][]string{precompressed.Gzip: {precompressed.Gzip}, precompressed.Brotli: {precompressed.Brotli}}
)

// varyOnEncoding adds Accept-Encoding to Vary: the answer depends on it.
func varyOnEncoding(h http.Header) {
	if _, ok := h["Vary"]; ok {
		h.Add("Vary", "Accept-Encoding")
		return
	}
	h["Vary"] = varyAcceptEncoding[:1:1]
}

// precompressedEncoding is the encoding a body compressed ahead of time
// goes out in for r.
func precompressedEncoding(r *http.Request) string {
	return parseAcceptEncoding(r.Header).choose(false, precompressedOffers)
}
