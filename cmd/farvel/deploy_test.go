package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestKubernetesManifest reads deploy/kubernetes.yaml and checks what a
// cluster cannot: that it configures this program as it is (every FARVEL_
// variable names a flag and holds a value the program takes), that its
// probes ask the routes that exist, and that it keeps the security settings
// and limits the README promises.
func TestKubernetesManifest(t *testing.T) {
	raw, err := os.ReadFile("../../deploy/kubernetes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]map[string]any{}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	for {
		var doc map[string]any
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("not YAML: %v", err)
		}
		docs[doc["kind"].(string)] = doc
	}
	deploy, svc := docs["Deployment"], docs["Service"]
	if deploy == nil || svc == nil {
		t.Fatalf("want a Deployment and a Service, have %v", keys(docs))
	}

	pod := dig(t, deploy, "spec", "template", "spec").(map[string]any)
	containers := pod["containers"].([]any)
	if len(containers) != 1 {
		t.Fatalf("%d containers", len(containers))
	}
	c := containers[0].(map[string]any)

	// The environment configures the program as it is.
	env := map[string]string{}
	for _, e := range c["env"].([]any) {
		e := e.(map[string]any)
		name := e["name"].(string)
		if v, ok := e["value"].(string); ok {
			env[name] = v
		}
		if strings.HasPrefix(name, "FARVEL_") && !isFlagEnv(name) {
			t.Errorf("%s names no flag", name)
		}
	}
	cfg, err := parseConfig(nil, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		t.Fatalf("the program refuses the manifest's environment: %v", err)
	}
	if cfg.logFormat != "json" || cfg.rateLimit <= 0 || cfg.drainDelay <= 0 || len(cfg.trustedProxies) == 0 {
		t.Errorf("want JSON logs, a rate limit, a drain delay and trusted proxies: %+v", cfg)
	}
	grace := time.Duration(pod["terminationGracePeriodSeconds"].(int)) * time.Second
	if grace <= cfg.drainDelay+cfg.shutdownTimeout {
		t.Errorf("terminationGracePeriodSeconds %s does not cover the drain %s and the shutdown %s", grace, cfg.drainDelay, cfg.shutdownTimeout)
	}
	port := dig(t, c, "ports").([]any)[0].(map[string]any)
	if cfg.addr != ":"+env["PORT"] || port["containerPort"] != 8080 || env["PORT"] != "8080" {
		t.Errorf("the program listens on %s, the container port is %v", cfg.addr, port["containerPort"])
	}

	// Probes ask the routes that exist.
	if p := dig(t, c, "readinessProbe", "httpGet", "path"); p != "/readyz" {
		t.Errorf("readiness probe %v, want /readyz", p)
	}
	if p := dig(t, c, "livenessProbe", "httpGet", "path"); p != "/healthz" {
		t.Errorf("liveness probe %v, want /healthz", p)
	}

	// Limits and the locked-down container.
	for _, path := range [][]string{{"resources", "requests", "cpu"}, {"resources", "requests", "memory"}, {"resources", "limits", "memory"}} {
		if v, _ := dig(t, c, path...).(string); v == "" {
			t.Errorf("no %s", strings.Join(path, "."))
		}
	}
	sc := c["securityContext"].(map[string]any)
	for k, want := range map[string]any{"runAsNonRoot": true, "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true} {
		if sc[k] != want {
			t.Errorf("securityContext.%s = %v, want %v", k, sc[k], want)
		}
	}
	if drop := dig(t, sc, "capabilities", "drop").([]any); len(drop) != 1 || drop[0] != "ALL" {
		t.Errorf("capabilities dropped: %v, want ALL", drop)
	}

	// The Service sends to these pods, on their named port.
	labels := dig(t, deploy, "spec", "template", "metadata", "labels").(map[string]any)
	for k, v := range dig(t, svc, "spec", "selector").(map[string]any) {
		if labels[k] != v {
			t.Errorf("the Service selects %s=%v, the pods have %v", k, v, labels[k])
		}
	}
	if target := dig(t, svc, "spec", "ports").([]any)[0].(map[string]any)["targetPort"]; target != port["name"] {
		t.Errorf("the Service targets port %v, the container's is %v", target, port["name"])
	}
}

// isFlagEnv reports whether name is the variable of one of run's flags.
func isFlagEnv(name string) bool {
	found := false
	flagSet(&config{}, func(string) string { return "" }, io.Discard).VisitAll(func(f *flag.Flag) {
		found = found || envName(f.Name) == name
	})
	return found
}

func dig(t *testing.T, m map[string]any, path ...string) any {
	t.Helper()
	var v any = m
	for _, k := range path {
		mm, ok := v.(map[string]any)
		if !ok || mm[k] == nil {
			t.Fatalf("the manifest has no %s", strings.Join(path, "."))
		}
		v = mm[k]
	}
	return v
}

func keys(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
