// Command tar answers, with Go's own archive/tar (the standard library of Debian's golang-go,
// Go 1.19), how Atlas writes a migration directory into a registry archive and how Go reads one
// back. Atlas's migrate.ArchiveDir writes atlas.sum, then each file, as tar.Header{Name, Mode:
// 0600, Size} (USTAR when the name fits, PAX for long or non-ASCII names); UnarchiveDir reads
// entries with tar.Reader until io.EOF.
//
// stdin: {"write": [[{"name": "...", "data": "<base64>", "type"?: "2", "linkname"?: "..."}, ...], ...],
// "read": ["<base64 archive>", ...]}
//
// stdout: {"written": ["<base64 archive>" | null, ...], "read": [{"entries": [...]} | {"error": "..."}, ...]}
package main

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"io"
	"os"
)

type file struct {
	Name string `json:"name"`
	Data []byte `json:"data"`
	// For the refusal tests: a type other than a regular file ("2" symlink, "5" directory, ...).
	Type     string `json:"type,omitempty"`
	Linkname string `json:"linkname,omitempty"`
}

type entry struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Data []byte `json:"data"`
}

type readResult struct {
	Entries []entry `json:"entries,omitempty"`
	Error   string  `json:"error,omitempty"`
}

func archive(files []file) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		h := &tar.Header{Name: f.Name, Mode: 0600, Size: int64(len(f.Data)), Linkname: f.Linkname}
		if f.Type != "" {
			h.Typeflag = f.Type[0]
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil
		}
	}
	if err := tw.Close(); err != nil {
		return nil
	}
	return buf.Bytes()
}

func read(arc []byte) readResult {
	tr := tar.NewReader(bytes.NewReader(arc))
	res := readResult{Entries: []entry{}}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return res
		}
		if err != nil {
			return readResult{Error: err.Error()}
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return readResult{Error: err.Error()}
		}
		res.Entries = append(res.Entries, entry{Name: h.Name, Type: string([]byte{h.Typeflag}), Data: data})
	}
}

func main() {
	var req struct {
		Write [][]file `json:"write"`
		Read  [][]byte `json:"read"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		panic(err)
	}
	out := struct {
		Written [][]byte     `json:"written"`
		Read    []readResult `json:"read"`
	}{Written: [][]byte{}, Read: []readResult{}}
	for _, files := range req.Write {
		out.Written = append(out.Written, archive(files))
	}
	for _, arc := range req.Read {
		out.Read = append(out.Read, read(arc))
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
