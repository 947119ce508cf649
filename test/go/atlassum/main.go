// Asks Atlas's own migration-directory code (ariga.io/atlas/sql/migrate) for its verdict on
// directories: reads a JSON list of directory paths on stdin, prints one JSON answer per path.
package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"ariga.io/atlas/sql/migrate"
)

type answer struct {
	// Validate's error ("" when the directory verifies).
	Validate string `json:"validate"`
	// UnmarshalText's error on atlas.sum alone ("" when it parses and its first line matches).
	Unmarshal string `json:"unmarshal"`
	// Entries parsed from atlas.sum (when it parsed).
	Entries [][2]string `json:"entries"`
	// The atlas.sum `atlas migrate hash` would write (base64 of its bytes).
	Checksum string `json:"checksum"`
}

func main() {
	var dirs []string
	if err := json.NewDecoder(os.Stdin).Decode(&dirs); err != nil {
		panic(err)
	}
	out := make([]answer, 0, len(dirs))
	for _, path := range dirs {
		var a answer
		dir, err := migrate.NewLocalDir(path)
		if err != nil {
			panic(err)
		}
		if err := migrate.Validate(dir); err != nil {
			a.Validate = err.Error()
		}
		if b, err := os.ReadFile(filepath.Join(path, migrate.HashFileName)); err == nil {
			var f migrate.HashFile
			if err := f.UnmarshalText(b); err != nil {
				a.Unmarshal = err.Error()
			}
			for _, e := range f {
				a.Entries = append(a.Entries, [2]string{e.N, e.H})
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			a.Unmarshal = err.Error()
		}
		if sum, err := dir.Checksum(); err == nil {
			text, _ := sum.MarshalText()
			a.Checksum = base64.StdEncoding.EncodeToString(text)
		} else {
			a.Checksum = "error: " + err.Error()
		}
		out = append(out, a)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
