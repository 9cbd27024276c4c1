package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/farvel/farvel/internal/sample"
)

// route is one request the comparison sends, always the same.
type route struct {
	Key    string // its name in -routes
	Method string
	Path   string
	Form   url.Values // the posted form; nil for GET
	Goal   float64    // the least ratio farvel/bare issue 6 asks for
}

func (r route) Name() string { return r.Method + " " + r.Path }

// body is the request body: the form, URL-encoded.
func (r route) body() []byte {
	if r.Form == nil {
		return nil
	}
	return []byte(r.Form.Encode())
}

// newRequest is the request as a browser on Farvel's own page sends it,
// without Accept-Encoding (the transport's compression is off).
func (r route) newRequest(ctx context.Context, base string, body []byte) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, base+r.Path, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return req, nil
}

// validForm is the sample submission, leaving on today+60 days: far
// enough for no short-notice reminder.
func validForm(today time.Time) url.Values {
	return sample.Form(today.AddDate(0, 0, 60))
}

// allRoutes are the three routes of issue 6 with their goals.
func allRoutes(today time.Time) []route {
	preview := validForm(today)
	download := validForm(today)
	download.Set("format", "txt")
	return []route{
		{Key: "home", Method: http.MethodGet, Path: "/", Goal: 0.8},
		{Key: "preview", Method: http.MethodPost, Path: "/preview", Form: preview, Goal: 0.6},
		{Key: "download", Method: http.MethodPost, Path: "/download", Form: download, Goal: 0.7},
	}
}

// selectRoutes keeps the routes named in keys (comma-separated), in their
// usual order.
func selectRoutes(all []route, keys string) ([]route, error) {
	want := map[string]bool{}
	for k := range strings.SplitSeq(keys, ",") {
		if k = strings.TrimSpace(k); k != "" {
			want[k] = true
		}
	}
	var out []route
	for _, r := range all {
		if want[r.Key] {
			out = append(out, r)
			delete(want, r.Key)
		}
	}
	for k := range want {
		return nil, fmt.Errorf("-routes: unknown route %q (want home, preview, download)", k)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-routes: no route")
	}
	return out, nil
}

// captured is Farvel's answer to one route, which the bare server repeats.
type captured struct {
	Method             string
	Path               string
	ContentType        string
	ContentDisposition string `json:",omitempty"`
	// Chunked: Farvel sent no Content-Length, so neither does the bare
	// server; both frame the body the same way.
	Chunked bool
	Body    []byte
}

// fetch sends r once and reads the whole answer, which must be a 200 with
// no content encoding.
func fetch(ctx context.Context, client *http.Client, base string, r route) (captured, error) {
	req, err := r.newRequest(ctx, base, r.body())
	if err != nil {
		return captured{}, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return captured{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return captured{}, fmt.Errorf("%s: reading the body: %w", r.Name(), err)
	}
	if resp.StatusCode != http.StatusOK {
		return captured{}, fmt.Errorf("%s: status %d, want 200; body begins %q", r.Name(), resp.StatusCode, head(body, 300))
	}
	if ce := resp.Header.Get("Content-Encoding"); ce != "" {
		return captured{}, fmt.Errorf("%s: Content-Encoding %q though the request accepts none", r.Name(), ce)
	}
	return captured{
		Method:             r.Method,
		Path:               r.Path,
		ContentType:        resp.Header.Get("Content-Type"),
		ContentDisposition: resp.Header.Get("Content-Disposition"),
		Chunked:            len(resp.TransferEncoding) > 0,
		Body:               body,
	}, nil
}

func head(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}
