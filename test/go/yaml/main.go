// Reads YAML streams as Argo CD and kubectl do, and as Go's YAML libraries do: stdin is a JSON
// list of streams; for each, the stream is split into documents the way apimachinery's YAMLReader
// splits plugin output (a line starting with "---" and nothing but blanks or a comment after it),
// and each document is read by sigs.k8s.io/yaml (YAMLToJSON), gopkg.in/yaml.v2 and gopkg.in/yaml.v3.
// Prints, per stream, the documents as JSON from each reader, or the reader's error.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	yaml2 "gopkg.in/yaml.v2"
	yaml3 "gopkg.in/yaml.v3"
	"sigs.k8s.io/yaml"
)

type reading struct {
	Value json.RawMessage `json:"value,omitempty"`
	Error string          `json:"error,omitempty"`
}

type document struct {
	// Bytes of the copy client-side apply keeps in the last-applied-configuration annotation:
	// the object as apimachinery's unstructured JSON encoder writes it (json.Encoder, HTML-safe).
	LastApplied int     `json:"lastApplied"`
	Sigs        reading `json:"sigs"`
	V2          reading `json:"v2"`
	V3          reading `json:"v3"`
}

type answer struct {
	Documents []document `json:"documents"`
	Error     string     `json:"error,omitempty"`
}

// split cuts a stream into documents like k8s.io/apimachinery/pkg/util/yaml.YAMLReader.
func split(stream []byte) ([][]byte, error) {
	var docs [][]byte
	var buf bytes.Buffer
	r := bufio.NewReader(bytes.NewReader(stream))
	for {
		line, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, err
		}
		if bytes.HasPrefix(line, []byte("---")) {
			rest := strings.TrimSpace(string(line[3:]))
			if len(rest) > 0 && rest[0] != '#' {
				return nil, fmt.Errorf("invalid Yaml document separator: %s", rest)
			}
			if buf.Len() != 0 {
				docs = append(docs, append([]byte(nil), buf.Bytes()...))
				buf.Reset()
			}
			if err == io.EOF {
				return docs, nil
			}
			continue
		}
		buf.Write(line)
		if err == io.EOF {
			if buf.Len() != 0 {
				docs = append(docs, buf.Bytes())
			}
			return docs, nil
		}
	}
}

// plain turns yaml.v2's map[interface{}]interface{} into JSON-able values; a key that is not a
// string is written so that it can never equal a string key we meant.
func plain(v interface{}) interface{} {
	switch t := v.(type) {
	case map[interface{}]interface{}:
		m := map[string]interface{}{}
		for k, val := range t {
			key, ok := k.(string)
			if !ok {
				key = fmt.Sprintf("<%T %v>", k, k)
			}
			m[key] = plain(val)
		}
		return m
	case map[string]interface{}:
		m := map[string]interface{}{}
		for k, val := range t {
			m[k] = plain(val)
		}
		return m
	case []interface{}:
		for i := range t {
			t[i] = plain(t[i])
		}
		return t
	case string, bool, nil, int, int64, uint64, float64:
		return t
	default:
		// Timestamps, binary and other types a reader resolved by itself.
		return fmt.Sprintf("<%T %v>", t, t)
	}
}

func encode(v interface{}) reading {
	b, err := json.Marshal(plain(v))
	if err != nil {
		return reading{Error: err.Error()}
	}
	return reading{Value: b}
}

func read(doc []byte) document {
	var d document
	if j, err := yaml.YAMLToJSON(doc); err != nil {
		d.Sigs.Error = err.Error()
	} else {
		d.Sigs.Value = j
		var object map[string]interface{}
		if err := json.Unmarshal(j, &object); err == nil {
			var b bytes.Buffer
			if err := json.NewEncoder(&b).Encode(object); err == nil {
				d.LastApplied = b.Len()
			}
		}
	}
	var v2 interface{}
	if err := yaml2.Unmarshal(doc, &v2); err != nil {
		d.V2.Error = err.Error()
	} else {
		d.V2 = encode(v2)
	}
	var v3 interface{}
	if err := yaml3.Unmarshal(doc, &v3); err != nil {
		d.V3.Error = err.Error()
	} else {
		d.V3 = encode(v3)
	}
	return d
}

func main() {
	var streams []string
	if err := json.NewDecoder(os.Stdin).Decode(&streams); err != nil {
		panic(err)
	}
	out := make([]answer, 0, len(streams))
	for _, s := range streams {
		var a answer
		docs, err := split([]byte(s))
		if err != nil {
			a.Error = err.Error()
		}
		for _, doc := range docs {
			a.Documents = append(a.Documents, read(doc))
		}
		out = append(out, a)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
