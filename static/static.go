// Package static holds the hand-written stylesheet and script, embedded in
// the binary and named by their content, so browsers may cache them for good.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"path"
	"strings"

	"github.com/farvel/farvel/internal/precompressed"
)

//go:embed *.css *.js
var files embed.FS

// Prefix is where the assets are served.
const Prefix = "/static/"

// Asset is one embedded file under its content-hashed name, compressed
// once for every encoding served.
type Asset struct {
	Body        precompressed.Body
	ContentType string
	Hash        string // the content hash in the name, the base of its ETags
}

// contentTypes are spelled out rather than looked up with mime, which reads
// the system's MIME tables (different on every machine) at start-up.
var contentTypes = map[string]string{
	".css": "text/css; charset=utf-8",
	".js":  "text/javascript; charset=utf-8",
}

var (
	byName   = map[string]string{} // "app.css" → "/static/app.1a2b3c4d5e.css"
	byHashed = map[string]Asset{}  // "app.1a2b3c4d5e.css" → the asset
)

func init() {
	names, err := fs.Glob(files, "*")
	if err != nil {
		panic(err)
	}
	for _, name := range names {
		body, err := files.ReadFile(name)
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:])[:12]
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hash + ext
		byName[name] = Prefix + hashed
		byHashed[hashed] = Asset{
			Body:        precompressed.New(body),
			ContentType: contentTypes[ext],
			Hash:        hash,
		}
	}
}

// Path returns the URL path of the embedded file name. It panics for a name
// that is not embedded: that is a mistake in a template, found by any test
// that renders it.
func Path(name string) string {
	p, ok := byName[name]
	if !ok {
		panic("static: no embedded file " + name)
	}
	return p
}

// Lookup returns the asset served under the hashed file name.
func Lookup(hashedName string) (Asset, bool) {
	a, ok := byHashed[hashedName]
	return a, ok
}
