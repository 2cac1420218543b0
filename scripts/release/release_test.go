package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"debug/buildinfo"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// TestRelease builds the three archives and checks what is in them: the
// binary of the right platform stamped with the version, the README and the
// template; the checksums; and that building again gives the same bytes.
//
// It cross-builds four binaries, minutes of work on a 2-core machine, so it
// is not part of the everyday go test ./...: set YORIAI_RELEASE_TEST=1 to run
// it (.ci/run does, in a step of its own).
func TestRelease(t *testing.T) {
	if os.Getenv("YORIAI_RELEASE_TEST") != "1" {
		t.Skip("cross-builds the release; set YORIAI_RELEASE_TEST=1 to run it")
	}
	out := t.TempDir()
	if err := run("9.9.9-test", out, Targets); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(out, "*"))
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	sort.Strings(names)
	want := []string{"SHA256SUMS", "yoriai-9.9.9-test-darwin-arm64.tar.gz", "yoriai-9.9.9-test-linux-amd64.tar.gz", "yoriai-9.9.9-test-windows-amd64.zip"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("dist holds %v, want %v", names, want)
	}
	for _, tg := range Targets {
		base := "yoriai-9.9.9-test-" + tg.OS + "-" + tg.Arch
		var files map[string][]byte
		if tg.OS == "windows" {
			files = readZip(t, filepath.Join(out, base+".zip"))
		} else {
			files = readTarGz(t, filepath.Join(out, base+".tar.gz"))
		}
		exe := base + "/yoriai"
		if tg.OS == "windows" {
			exe += ".exe"
		}
		for _, f := range []string{exe, base + "/README.md", base + "/template.yaml"} {
			if len(files[f]) == 0 {
				t.Errorf("%s lacks %s", base, f)
			}
		}
		info, err := buildinfo.Read(bytes.NewReader(files[exe]))
		if err != nil {
			t.Fatalf("%s: %v", exe, err)
		}
		settings := map[string]string{}
		for _, s := range info.Settings {
			settings[s.Key] = s.Value
		}
		if settings["GOOS"] != tg.OS || settings["GOARCH"] != tg.Arch || settings["CGO_ENABLED"] != "0" || settings["-trimpath"] != "true" {
			t.Errorf("%s build settings %v", exe, settings)
		}
		// -trimpath keeps -ldflags out of the build info, so look for the
		// stamped version in the binary itself.
		if !bytes.Contains(files[exe], []byte("9.9.9-test")) {
			t.Errorf("%s is not stamped with the version", exe)
		}
		if tg.OS == runtime.GOOS && tg.Arch == runtime.GOARCH {
			bin := filepath.Join(t.TempDir(), "yoriai")
			os.WriteFile(bin, files[exe], 0o755)
			if v, err := exec.Command(bin, "--version").CombinedOutput(); err != nil || !strings.Contains(string(v), "9.9.9-test") {
				t.Errorf("%s --version: %s, %v", exe, v, err)
			}
		}
		if bytes.Contains(files[exe], []byte(os.Getenv("HOME")+"/")) && os.Getenv("HOME") != "" {
			t.Errorf("%s contains a path of this machine", exe)
		}
	}
	sums, _ := os.ReadFile(filepath.Join(out, "SHA256SUMS"))
	if n := strings.Count(string(sums), "\n"); n != 3 {
		t.Errorf("SHA256SUMS has %d lines:\n%s", n, sums)
	}

	// Reproducible: a second build of one target gives the same archive.
	again := t.TempDir()
	if err := run("9.9.9-test", again, Targets[2:]); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(out, want[2]))
	b, _ := os.ReadFile(filepath.Join(again, want[2]))
	if !bytes.Equal(a, b) {
		t.Error("two builds of the same commit differ")
	}
}

func TestRunRefusesNoVersion(t *testing.T) {
	if err := run("", t.TempDir(), Targets); err == nil {
		t.Error("a release without a version was built")
	}
}

func readZip(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

func readTarGz(t *testing.T, path string) map[string][]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out[h.Name], _ = io.ReadAll(tr)
	}
}
