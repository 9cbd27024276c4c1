package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// maxFormWeight is the most the form page, with everything it loads, may
// weigh on the wire.
const maxFormWeight = 30_000

// TestFormPageWeight fetches the form as a browser does, compressed, and
// everything it loads, and adds up the bytes.
func TestFormPageWeight(t *testing.T) {
	h, _ := newTestHandler(t)
	const accept = "gzip, deflate, br, zstd"
	page := get(t, h, "/", "Accept-Encoding", accept)
	total := page.Body.Len()
	doc := parseHTML(t, strings.NewReader(decode(t, page)))
	var loads []string
	doc.Find("link[href], script[src], img[src]").Each(func(_ int, s *goquery.Selection) {
		for _, attr := range []string{"href", "src"} {
			if v, ok := s.Attr(attr); ok {
				loads = append(loads, v)
			}
		}
	})
	if len(loads) < 2 {
		t.Fatalf("the form loads %v; want at least the stylesheet and the script", loads)
	}
	for _, url := range loads {
		rec := get(t, h, url, "Accept-Encoding", accept)
		if rec.Code != 200 {
			t.Fatalf("%s: %d", url, rec.Code)
		}
		total += rec.Body.Len()
		t.Logf("%s: %d bytes (%s)", url, rec.Body.Len(), rec.Header().Get("Content-Encoding"))
	}
	t.Logf("the form page with everything it loads: %d bytes", total)
	if total > maxFormWeight {
		t.Errorf("the form page weighs %d bytes with what it loads, over its budget of %d", total, maxFormWeight)
	}
}

// TestPagesStayOnTheirOrigin checks every page for a reference to another
// origin: a script, style, image, form target or link elsewhere would leak
// the visit (and, for a form, the letter).
func TestPagesStayOnTheirOrigin(t *testing.T) {
	h, _ := newTestHandler(t)
	invalid := validForm()
	invalid.Del("company")
	pages := map[string]*httptest.ResponseRecorder{
		"form":        get(t, h, "/"),
		"form in en":  get(t, h, "/?lang=en"),
		"error state": post(t, h, "/preview", invalid),
		"preview":     post(t, h, "/preview", validForm()),
		"edit":        post(t, h, "/edit", validForm()),
		"not found":   get(t, h, "/missing"),
	}
	for name, rec := range pages {
		doc := parseHTML(t, rec.Body)
		doc.Find("[href], [src], [action], [formaction], [srcset], [poster], [data]").Each(func(_ int, s *goquery.Selection) {
			for _, attr := range []string{"href", "src", "action", "formaction", "srcset", "poster", "data"} {
				v, ok := s.Attr(attr)
				if !ok {
					continue
				}
				sameOrigin := strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") || strings.HasPrefix(v, "#")
				mailLink := attr == "href" && goquery.NodeName(s) == "a" && strings.HasPrefix(v, "mailto:")
				if !sameOrigin && !mailLink {
					t.Errorf("%s: <%s %s=%q> points outside the app", name, goquery.NodeName(s), attr, v)
				}
			}
		})
		if n := doc.Find("style, [style], iframe, object, embed, base").Length(); n != 0 {
			t.Errorf("%s: %d inline styles, frames or base elements", name, n)
		}
	}
}
