// Command notify evaluates Argo CD notification triggers and renders their templates the way the
// notifications engine (argoproj/notifications-engine) does: the argocd-notifications-cm data is read key by
// key (trigger.<name>: a YAML list of conditions {when, oncePer, send}; template.<name>: a YAML notification
// {message, email.subject}), each `when` and `oncePer` is compiled and run with the expression engine against
// the variables Argo CD offers (app, context), and the templates of a triggered condition are rendered with
// text/template for each service type, with serviceType and recipient added to the variables.
//
// Request on stdin (JSON): {"data": {<argocd-notifications-cm data>}, "context": {...},
// "serviceTypes": ["slack", "email"], "cases": [{"name": "...", "app": {<Application>}}]}
// With "renderAll": true, the templates of every condition are rendered, triggered or not.
// Answer on stdout (JSON): {"triggers": {<name>: [{"when", "oncePer", "send"}]}, "cases": [{"name", "results":
// {<trigger>: [{"triggered", "oncePer", "error"}]}, "rendered": {<template>: {<serviceType>: {"message",
// "emailSubject", "error"}}}}]}
//
// Built offline in GOPATH mode against Debian's golang-github-antonmedv-expr-dev 1.8.9 (the library Argo CD's
// notifications engine grew from; the engine now uses its successor expr-lang/expr, same syntax for the
// conditions shipped here) and golang-k8s-sigs-yaml-dev 1.3.0 (the engine reads the ConfigMap with
// sigs.k8s.io/yaml). The engine gives templates the Sprig functions; of those, this helper offers only
// `contains` (Sprig's: contains SUBSTR STRING), so a template using any other one fails here.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"

	"github.com/antonmedv/expr"
	"sigs.k8s.io/yaml"
)

type condition struct {
	OncePer     string   `json:"oncePer,omitempty"`
	When        string   `json:"when,omitempty"`
	Description string   `json:"description,omitempty"`
	Send        []string `json:"send,omitempty"`
}

type notification struct {
	Message string `json:"message,omitempty"`
	Email   *struct {
		Subject string `json:"subject,omitempty"`
	} `json:"email,omitempty"`
}

type request struct {
	Data         map[string]string `json:"data"`
	Context      map[string]string `json:"context"`
	RenderAll    bool              `json:"renderAll"`
	ServiceTypes []string          `json:"serviceTypes"`
	Cases        []struct {
		Name string                 `json:"name"`
		App  map[string]interface{} `json:"app"`
	} `json:"cases"`
}

type result struct {
	Triggered bool   `json:"triggered"`
	OncePer   string `json:"oncePer,omitempty"`
	Error     string `json:"error,omitempty"`
}

type rendering struct {
	Message      string `json:"message"`
	EmailSubject string `json:"emailSubject"`
	Error        string `json:"error,omitempty"`
}

type caseAnswer struct {
	Name     string                          `json:"name"`
	Results  map[string][]result             `json:"results"`
	Rendered map[string]map[string]rendering `json:"rendered"`
}

var funcs = template.FuncMap{
	"contains": func(substr string, str string) bool { return strings.Contains(str, substr) },
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "notify: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail("bad request: %v", err)
	}
	triggers := map[string][]condition{}
	templates := map[string]notification{}
	for key, value := range req.Data {
		switch {
		case strings.HasPrefix(key, "trigger."):
			var t []condition
			if err := yaml.Unmarshal([]byte(value), &t); err != nil {
				fail("%s: %v", key, err)
			}
			triggers[strings.TrimPrefix(key, "trigger.")] = t
		case strings.HasPrefix(key, "template."):
			var n notification
			if err := yaml.Unmarshal([]byte(value), &n); err != nil {
				fail("%s: %v", key, err)
			}
			templates[strings.TrimPrefix(key, "template.")] = n
		}
	}
	type parsed struct{ message, subject *template.Template }
	parsedTemplates := map[string]parsed{}
	for name, n := range templates {
		message, err := template.New(name).Funcs(funcs).Parse(n.Message)
		if err != nil {
			fail("template %s: message: %v", name, err)
		}
		subjectText := ""
		if n.Email != nil {
			subjectText = n.Email.Subject
		}
		subject, err := template.New(name).Funcs(funcs).Parse(subjectText)
		if err != nil {
			fail("template %s: email.subject: %v", name, err)
		}
		parsedTemplates[name] = parsed{message, subject}
	}
	names := make([]string, 0, len(triggers))
	for name, conditions := range triggers {
		names = append(names, name)
		for i, c := range conditions {
			if _, err := expr.Compile(c.When); err != nil {
				fail("trigger %s[%d] when: %v", name, i, err)
			}
			if c.OncePer != "" {
				if _, err := expr.Compile(c.OncePer); err != nil {
					fail("trigger %s[%d] oncePer: %v", name, i, err)
				}
			}
		}
	}
	sort.Strings(names)

	answers := []caseAnswer{}
	for _, c := range req.Cases {
		vars := map[string]interface{}{"app": c.App, "context": req.Context}
		answer := caseAnswer{Name: c.Name, Results: map[string][]result{}, Rendered: map[string]map[string]rendering{}}
		for _, name := range names {
			for _, cond := range triggers[name] {
				r := result{}
				program, _ := expr.Compile(cond.When)
				if value, err := expr.Run(program, vars); err != nil {
					r.Error = err.Error()
				} else if b, ok := value.(bool); ok && b {
					r.Triggered = true
				}
				if r.Triggered && cond.OncePer != "" {
					program, _ := expr.Compile(cond.OncePer)
					if value, err := expr.Run(program, vars); err != nil {
						r.Error = err.Error()
					} else {
						r.OncePer = fmt.Sprintf("%v", value)
					}
				}
				answer.Results[name] = append(answer.Results[name], r)
				if !r.Triggered && !req.RenderAll {
					continue
				}
				for _, templateName := range cond.Send {
					t, ok := parsedTemplates[templateName]
					if !ok {
						fail("trigger %s sends template %s, which is not defined", name, templateName)
					}
					byService := map[string]rendering{}
					for _, serviceType := range req.ServiceTypes {
						in := map[string]interface{}{"serviceType": serviceType, "recipient": "recipient"}
						for k, v := range vars {
							in[k] = v
						}
						var message, subject bytes.Buffer
						out := rendering{}
						if err := t.message.Execute(&message, in); err != nil {
							out.Error = err.Error()
						} else if err := t.subject.Execute(&subject, in); err != nil {
							out.Error = err.Error()
						}
						out.Message, out.EmailSubject = message.String(), subject.String()
						byService[serviceType] = out
					}
					answer.Rendered[templateName] = byService
				}
			}
		}
		answers = append(answers, answer)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]interface{}{"triggers": triggers, "cases": answers}); err != nil {
		fail("%v", err)
	}
}
