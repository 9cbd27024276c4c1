package static

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func TestAssetsAreServedUnderHashedNames(t *testing.T) {
	p := Path("app.css")
	if !regexp.MustCompile(`^/static/app\.[0-9a-f]{12}\.css$`).MatchString(p) {
		t.Fatalf("Path(app.css) = %q", p)
	}
	a, ok := Lookup(strings.TrimPrefix(p, Prefix))
	if !ok {
		t.Fatalf("%s is not served", p)
	}
	want, _ := files.ReadFile("app.css")
	if !bytes.Equal(a.Body.Identity, want) {
		t.Error("the served body differs from the file")
	}
	if len(a.Body.Brotli) == 0 || len(a.Body.Brotli) >= len(want) || len(a.Body.Gzip) >= len(want) {
		t.Errorf("compressed forms: %d brotli, %d gzip bytes of %d", len(a.Body.Brotli), len(a.Body.Gzip), len(want))
	}
	if a.ContentType != "text/css; charset=utf-8" {
		t.Errorf("content type %q", a.ContentType)
	}
	if a.Hash == "" || !strings.Contains(p, "."+a.Hash+".") {
		t.Errorf("hash %q is not the one in the name %q", a.Hash, p)
	}
	if _, ok := Lookup("app.css"); ok {
		t.Error("the unhashed name is served too; it could be cached stale")
	}
}

func TestPathPanicsForUnknownFile(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Path of a missing file did not panic")
		}
	}()
	Path("missing.css")
}
