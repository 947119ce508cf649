// Which objects Argo CD's directory source reads from a file, modelled on argo-cd
// reposerver/repository/repository.go getObjsFromYAMLOrJSON and splitYAMLOrJSON (k8s.io/apimachinery's
// YAMLOrJSONDecoder): a .json file is one JSON value; any other file is a stream of JSON values when it
// starts with '{', else YAML documents split at "---" lines, each turned into JSON by sigs.k8s.io/yaml
// (Debian golang-k8s-sigs-yaml-dev 1.3.0, over gopkg.in/yaml.v2: YAML 1.1, merge keys). An object needs
// a non-empty string kind (Unstructured refuses one without); apiVersion is reported as read.
//
// stdin: a JSON list of {"name": "...", "base64": "..."}; stdout: a JSON list of
// {"objects": [{"apiVersion": "...", "kind": "..."}], "error": "..."} in the same order.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"io"
	"os"
	"strings"
	"unicode/utf16"

	"sigs.k8s.io/yaml"
)

type file struct {
	Name   string `json:"name"`
	Base64 string `json:"base64"`
}

type object struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
}

type result struct {
	Objects []object `json:"objects"`
	Error   string   `json:"error,omitempty"`
}

// decode reads a file as utfutil.UTF8 does: UTF-16 after its byte-order mark, else UTF-8 (its mark dropped).
func decode(b []byte) []byte {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		var order binary.ByteOrder = binary.LittleEndian
		if b[0] == 0xfe {
			order = binary.BigEndian
		}
		units := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			units = append(units, order.Uint16(b[i:]))
		}
		return []byte(string(utf16.Decode(units)))
	}
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

// add appends one decoded value as Unstructured would take it; false when it would refuse it.
func add(r *result, v interface{}) bool {
	m, ok := v.(map[string]interface{})
	if !ok {
		r.Error = "not an object"
		return false
	}
	kind, _ := m["kind"].(string)
	if kind == "" {
		r.Error = "Object 'Kind' is missing"
		return false
	}
	api, _ := m["apiVersion"].(string)
	r.Objects = append(r.Objects, object{APIVersion: api, Kind: kind})
	return true
}

func jsonStream(r *result, text []byte) {
	d := json.NewDecoder(bytes.NewReader(text))
	for {
		var v interface{}
		if err := d.Decode(&v); err != nil {
			if err != io.EOF {
				r.Error = err.Error()
			}
			return
		}
		if !add(r, v) {
			return
		}
	}
}

// documents splits a YAML stream as apimachinery's YAMLReader does: at lines starting with "---"
// followed by nothing but spaces or a comment.
func documents(text []byte) [][]byte {
	var docs [][]byte
	var cur bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "---") {
			rest := strings.TrimSpace(line[3:])
			if rest == "" || strings.HasPrefix(rest, "#") {
				if cur.Len() > 0 {
					docs = append(docs, append([]byte(nil), cur.Bytes()...))
				}
				cur.Reset()
				continue
			}
		}
		cur.WriteString(line)
		cur.WriteString("\n")
	}
	if cur.Len() > 0 {
		docs = append(docs, cur.Bytes())
	}
	return docs
}

func read(f file) result {
	r := result{Objects: []object{}}
	raw, err := base64.StdEncoding.DecodeString(f.Base64)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	text := decode(raw)
	if strings.HasSuffix(f.Name, ".json") {
		var v interface{}
		d := json.NewDecoder(bytes.NewReader(text))
		if err := d.Decode(&v); err != nil {
			r.Error = err.Error()
			return r
		}
		add(&r, v)
		return r
	}
	if bytes.HasPrefix(bytes.TrimLeft(text, " \t\r\n"), []byte("{")) {
		jsonStream(&r, text)
		return r
	}
	for _, doc := range documents(text) {
		j, err := yaml.YAMLToJSON(doc)
		if err != nil {
			r.Error = err.Error()
			return r
		}
		if string(bytes.TrimSpace(j)) == "null" {
			continue
		}
		var v interface{}
		if err := json.Unmarshal(j, &v); err != nil {
			r.Error = err.Error()
			return r
		}
		if !add(&r, v) {
			return r
		}
	}
	return r
}

func main() {
	var files []file
	if err := json.NewDecoder(os.Stdin).Decode(&files); err != nil {
		panic(err)
	}
	out := make([]result, len(files))
	for i, f := range files {
		out[i] = read(f)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
