package main

import (
	"bytes"
	"encoding/binary"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// Re-running the generator on the gse module go.mod names reproduces the
// committed table: nobody edited it, and gse's model has not changed under
// it.
func TestHMMTableReproduces(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to find the gse module with")
	}
	dir, _, err := gseDir()
	if err != nil {
		t.Fatal(err)
	}
	got, n, err := hmmTable(filepath.Join(dir, "hmm", hmmEmitFile))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "hmm", "emit.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("hmm/emit.bin differs from what gse's %s gives (%d characters): run go generate ./internal/data", hmmEmitFile, n)
	}
}

// Every number of prob_emit.go is in the table, under its state and
// character, as strconv reads the literal (a second reading of the
// constants, independent of go/constant); every other cell is the
// missing value.
func TestHMMTableHoldsEveryLiteral(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to find the gse module with")
	}
	dir, _, err := gseDir()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "hmm", hmmEmitFile)
	table, _, err := hmmTable(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(table)%hmmRecordSize != 0 {
		t.Fatalf("table of %d bytes, not whole records", len(table))
	}
	cells := map[rune][4]float64{}
	last := rune(-1)
	for b := table; len(b) > 0; b = b[hmmRecordSize:] {
		r := rune(binary.LittleEndian.Uint32(b))
		if r <= last {
			t.Fatalf("rune %U after %U: not in increasing order", r, last)
		}
		last = r
		var row [4]float64
		for i := range row {
			row[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[4+8*i:]))
		}
		cells[r] = row
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	literals := 0
	set := map[rune][4]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 {
			return true
		}
		state, err := emitState(as.Lhs[0])
		if err != nil {
			return true
		}
		col := bytes.IndexByte(hmmStates[:], state)
		for _, e := range as.Rhs[0].(*ast.CompositeLit).Elts {
			kv := e.(*ast.KeyValueExpr)
			r, _ := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
			u := kv.Value.(*ast.UnaryExpr)
			v, err := strconv.ParseFloat(u.X.(*ast.BasicLit).Value, 64)
			if err != nil || u.Op != token.SUB {
				t.Fatalf("%s: %v", kv.Key.(*ast.BasicLit).Value, err)
			}
			c := []rune(r)[0]
			if got := cells[c][col]; got != -v {
				t.Errorf("%U %c: %v in the table, %v in %s", c, state, got, -v, hmmEmitFile)
			}
			s := set[c]
			s[col] = true
			set[c] = s
			literals++
		}
		return false
	})
	if literals == 0 {
		t.Fatal("no literal read")
	}
	for r, row := range cells {
		for i, v := range row {
			if !set[r][i] && v != hmmMinFloat {
				t.Errorf("%U %c: %v in the table, none in %s", r, hmmStates[i], v, hmmEmitFile)
			}
		}
	}
	t.Logf("%d literals, %d characters", literals, len(cells))
}
