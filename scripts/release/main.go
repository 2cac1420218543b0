// Command release builds yoriai for the city's PCs: one archive per
// platform (zip for Windows, tar.gz for macOS and Linux) holding the
// binary, the README and the default template, plus SHA256SUMS.
//
//	go run ./scripts/release -version 1.0.0 [-out dist]
//
// Builds are reproducible: -trimpath, no build IDs or paths, cgo off, and
// every archive entry has the time of the commit (or SOURCE_DATE_EPOCH).
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Target is one platform the release is built for.
type Target struct{ OS, Arch string }

// Targets are the platforms of a release.
var Targets = []Target{{"windows", "amd64"}, {"darwin", "arm64"}, {"linux", "amd64"}}

func main() {
	version := flag.String("version", "", "version to stamp, e.g. 1.0.0 (required)")
	out := flag.String("out", "dist", "folder for the archives")
	flag.Parse()
	if err := run(*version, *out, Targets); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

// run builds every target into out and writes SHA256SUMS.
func run(version, out string, targets []Target) error {
	if version == "" || strings.ContainsAny(version, " \t\n/\\") {
		return errors.New("give -version, e.g. -version 1.0.0")
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	commit := gitOutput(root, "rev-parse", "HEAD")
	stamp := sourceDate(root)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	tmpl, err := exec.Command("go", "run", filepath.Join(root, "cmd", "yoriai"), "template").Output()
	if err != nil {
		return fmt.Errorf("default template: %w", err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		return err
	}
	var sums []string
	for _, t := range targets {
		name, err := buildArchive(root, out, version, commit, stamp, t, readme, tmpl)
		if err != nil {
			return fmt.Errorf("%s/%s: %w", t.OS, t.Arch, err)
		}
		sum, err := fileSHA256(filepath.Join(out, name))
		if err != nil {
			return err
		}
		sums = append(sums, sum+"  "+name)
		fmt.Println(name)
	}
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(strings.Join(sums, "\n")+"\n"), 0o644)
}

// buildArchive builds one target and packs it; it returns the archive's name.
func buildArchive(root, out, version, commit string, stamp time.Time, t Target, readme, tmpl []byte) (string, error) {
	exe := "yoriai"
	if t.OS == "windows" {
		exe += ".exe"
	}
	dir, err := os.MkdirTemp("", "yoriai-release")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, exe)
	ldflags := fmt.Sprintf("-s -w -buildid= -X main.version=%s -X main.commit=%s", version, commit)
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", bin, "./cmd/yoriai")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.OS, "GOARCH="+t.Arch)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}
	base := fmt.Sprintf("yoriai-%s-%s-%s", version, t.OS, t.Arch)
	files := []entry{
		{base + "/" + exe, data, 0o755},
		{base + "/README.md", readme, 0o644},
		{base + "/template.yaml", tmpl, 0o644},
	}
	if t.OS == "windows" {
		name := base + ".zip"
		return name, writeZip(filepath.Join(out, name), files, stamp)
	}
	name := base + ".tar.gz"
	return name, writeTarGz(filepath.Join(out, name), files, stamp)
}

type entry struct {
	name string
	data []byte
	mode int64
}

func writeZip(path string, files []entry, stamp time.Time) error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: stamp.UTC()}
		h.SetMode(os.FileMode(f.mode))
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := w.Write(f.data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func writeTarGz(path string, files []entry, stamp time.Time) error {
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	gz.ModTime = stamp.UTC()
	tw := tar.NewWriter(gz)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.data)), ModTime: stamp.UTC(),
			Format: tar.FormatPAX, Uname: "root", Gname: "root"}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(f.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if err := gz.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// repoRoot is the module root: the folder with go.mod above here.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run from inside the yoriai module")
	}
	return filepath.Dir(mod), nil
}

func gitOutput(dir string, args ...string) string {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}

// sourceDate is SOURCE_DATE_EPOCH, else the commit's time, else the epoch:
// never the time of the build, so two builds of one commit are identical.
func sourceDate(dir string) time.Time {
	for _, s := range []string{os.Getenv("SOURCE_DATE_EPOCH"), gitOutput(dir, "log", "-1", "--format=%ct")} {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0)
		}
	}
	return time.Unix(0, 0)
}
