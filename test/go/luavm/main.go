// Command luavm runs Argo CD health scripts in gopher-lua, the Lua VM Argo CD itself uses, set up the way
// Argo CD sets up its VM for a health script from argocd-cm (util/lua/lua.go in argoproj/argo-cd): a fresh
// state per object, the standard libraries skipped, then only package, base and table opened, plus Argo CD's
// "safe os" library (registered under the table library's name, which adds nothing) and a preloaded "os"
// module offering time and date; `obj` set as Argo CD converts the live object; a 1 s limit.
//
// Request on stdin (JSON): {"scripts": {"<name>": "<lua source>"}, "cases": [{"script": "<name>", "obj": {...}}]}
// Answer on stdout (JSON): one outcome per case, in order:
//
//	{"ok": true, "type": "table", "value": <the returned value as JSON>} or {"ok": false, "error": "..."}
//
// Built offline in GOPATH mode against Debian's golang-github-yuin-gopher-lua-dev (0.0~git20170915.0.eb1c729),
// an older snapshot than the gopher-lua v1.1.2 Argo CD vendors. Where the two differ in a way a health script
// can observe, this helper follows v1.1.2: a JSON null inside an array is skipped (v1.1.2's LTable.Append
// ignores nil). The snapshot's `%` on negative numbers differs from v1.1.2 and from C Lua, so the scripts do
// not use `%`.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	lua "github.com/yuin/gopher-lua"
	"github.com/yuin/gopher-lua/parse"
)

type request struct {
	Scripts map[string]string `json:"scripts"`
	Cases   []struct {
		Script string      `json:"script"`
		Obj    interface{} `json:"obj"`
	} `json:"cases"`
}

type outcome struct {
	OK    bool        `json:"ok"`
	Type  string      `json:"type,omitempty"`
	Value interface{} `json:"value,omitempty"`
	Error string      `json:"error,omitempty"`
}

func main() {
	var req request
	dec := json.NewDecoder(os.Stdin)
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil {
		fmt.Fprintln(os.Stderr, "luavm: bad request:", err)
		os.Exit(2)
	}
	// Each script is compiled once, as Argo CD caches compiled scripts (loadCompiledFunction); every case
	// still runs in a fresh state.
	protos := map[string]*lua.FunctionProto{}
	compileErrors := map[string]string{}
	for name, src := range req.Scripts {
		chunk, err := parse.Parse(strings.NewReader(src), "<string>")
		if err == nil {
			protos[name], err = lua.Compile(chunk, "<string>")
		}
		if err != nil {
			compileErrors[name] = err.Error()
		}
	}
	out := make([]outcome, 0, len(req.Cases))
	for _, c := range req.Cases {
		proto, ok := protos[c.Script]
		if !ok {
			out = append(out, outcome{Error: "cannot load script " + c.Script + ": " + compileErrors[c.Script]})
			continue
		}
		out = append(out, run(proto, normalize(c.Obj)))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "luavm:", err)
		os.Exit(1)
	}
}

// normalize turns the request's json.Number values into float64, as Argo CD's unstructured objects hold
// numbers (int64 or float64) that its converter turns into Lua numbers alike.
func normalize(v interface{}) interface{} {
	switch t := v.(type) {
	case json.Number:
		f, err := t.Float64()
		if err != nil {
			return nil
		}
		return f
	case []interface{}:
		for i := range t {
			t[i] = normalize(t[i])
		}
		return t
	case map[string]interface{}:
		for k := range t {
			t[k] = normalize(t[k])
		}
		return t
	}
	return v
}

func run(proto *lua.FunctionProto, obj interface{}) (res outcome) {
	l := lua.NewState(lua.Options{SkipOpenLibs: true})
	defer l.Close()
	for _, lib := range []struct {
		name string
		open lua.LGFunction
	}{
		{lua.LoadLibName, lua.OpenPackage},
		{lua.BaseLibName, lua.OpenBase},
		{lua.TabLibName, lua.OpenTable},
		{lua.OsLibName, openSafeOs},
	} {
		if err := l.CallByParam(lua.P{Fn: l.NewFunction(lib.open), NRet: 0, Protect: true}, lua.LString(lib.name)); err != nil {
			return outcome{Error: "opening " + lib.name + ": " + err.Error()}
		}
	}
	l.PreloadModule(lua.OsLibName, func(l *lua.LState) int {
		l.Push(l.SetFuncs(l.NewTable(), safeOsFuncs))
		return 1
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	l.SetContext(ctx)
	l.SetGlobal("obj", toLua(l, obj))
	defer func() {
		if r := recover(); r != nil {
			res = outcome{Error: fmt.Sprint(r)}
		}
	}()
	// What LState.Load makes of a compiled chunk: a closure over the state's globals.
	fn := &lua.LFunction{Env: l.Get(lua.GlobalsIndex).(*lua.LTable), Proto: proto, Upvalues: make([]*lua.Upvalue, proto.NumUpvalues)}
	l.Push(fn)
	if err := l.PCall(0, lua.MultRet, nil); err != nil {
		return outcome{Error: err.Error()}
	}
	ret := l.Get(-1)
	return outcome{OK: true, Type: ret.Type().String(), Value: fromLua(ret, 0)}
}

// openSafeOs does what Argo CD's OpenSafeOs does: it registers time and date as a module named like the
// table library. That module is already loaded, so gopher-lua's RegisterModule returns it unchanged: an
// argocd-cm script sees no global os and no table.time; require("os") gives the preloaded time and date.
func openSafeOs(l *lua.LState) int {
	l.Push(l.RegisterModule(lua.TabLibName, safeOsFuncs))
	return 1
}

var safeOsFuncs = map[string]lua.LGFunction{
	"time": func(l *lua.LState) int {
		l.Push(lua.LNumber(time.Now().Unix()))
		return 1
	},
	"date": func(l *lua.LState) int {
		l.Push(lua.LString(time.Now().UTC().Format(time.RFC3339)))
		return 1
	},
}

func toLua(l *lua.LState, v interface{}) lua.LValue {
	switch t := v.(type) {
	case bool:
		return lua.LBool(t)
	case float64:
		return lua.LNumber(t)
	case string:
		return lua.LString(t)
	case []interface{}:
		arr := l.CreateTable(len(t), 0)
		for _, item := range t {
			if item != nil {
				arr.Append(toLua(l, item))
			}
		}
		return arr
	case map[string]interface{}:
		tbl := l.CreateTable(0, len(t))
		for k, item := range t {
			tbl.RawSetH(lua.LString(k), toLua(l, item))
		}
		return tbl
	}
	return lua.LNil
}

// fromLua is the returned value as JSON data: a table with keys 1..n only is an array, any other table an
// object with its keys as strings (an empty table is an empty object).
func fromLua(v lua.LValue, depth int) interface{} {
	if depth > 20 {
		return "<too deep>"
	}
	switch t := v.(type) {
	case lua.LBool:
		return bool(t)
	case lua.LNumber:
		f := float64(t)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Sprint(f)
		}
		return f
	case lua.LString:
		return string(t)
	case *lua.LTable:
		n := t.Len()
		count := 0
		t.ForEach(func(lua.LValue, lua.LValue) { count++ })
		if n > 0 && count == n {
			arr := make([]interface{}, 0, n)
			for i := 1; i <= n; i++ {
				arr = append(arr, fromLua(t.RawGetInt(i), depth+1))
			}
			return arr
		}
		obj := map[string]interface{}{}
		keys := []string{}
		t.ForEach(func(k, val lua.LValue) {
			key := k.String()
			keys = append(keys, key)
			obj[key] = fromLua(val, depth+1)
		})
		sort.Strings(keys)
		return obj
	case *lua.LNilType:
		return nil
	}
	return "<" + strings.ToLower(v.Type().String()) + ">"
}
