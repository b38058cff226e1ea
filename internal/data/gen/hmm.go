package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// gse's HMM (package hmm: hmm_seg.go, viterbi.go) finds the words its
// dictionary lacks with jieba's character model. Its emission table, one
// log probability per state and character, is package-private, in
// hmm/prob_emit.go: segment reads it from hmm/emit.bin, which this step
// makes from that file.
//
// emit.bin is a sequence of 36-byte records in increasing rune order: the
// rune as a little-endian uint32, then its emission log probabilities in
// the states' order B, M, E, S as little-endian float64 bits. A state the
// model has no probability for gets hmmMinFloat, which is what gse's
// Viterbi uses for a missing emission (viterbi.go's minFloat): the cut is
// the same.
const (
	hmmMinFloat   = -3.14e100
	hmmRecordSize = 4 + 4*8
	hmmEmitFile   = "prob_emit.go"
)

// hmmStates are the states in the table's order; a record's i-th float is
// the probability gse keeps under probEmit[hmmStates[i]].
var hmmStates = [4]byte{'B', 'M', 'E', 'S'}

// vendorHMM writes hmm/emit.bin and hmm/SOURCE from the gse module in dir
// (at version). hmm/LICENSE, jieba's, is kept in the repository: gse's
// module does not carry it.
func vendorHMM(dir, version string) error {
	table, n, err := hmmTable(filepath.Join(dir, "hmm", hmmEmitFile))
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join("hmm", "LICENSE")); err != nil {
		return fmt.Errorf("hmm/LICENSE (jieba's MIT licence) must stay with the model: %w", err)
	}
	source := fmt.Sprintf("Go module %s@%s, hmm/%s (jieba's HMM model, https://github.com/fxsjy/jieba, MIT: LICENSE)\n"+
		"emit.bin: %d characters, each a little-endian uint32 rune and its emission log probabilities for B, M, E, S as little-endian float64, in rune order; a missing one is %g, as in gse's viterbi.go\n"+
		"made by internal/data/gen (go generate ./internal/data)\n",
		gseModule, version, hmmEmitFile, n, hmmMinFloat)
	if err := os.WriteFile(filepath.Join("hmm", "SOURCE"), []byte(source), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join("hmm", "emit.bin"), table, 0o644)
}

// hmmTable parses gse's prob_emit.go and returns the encoded table and its
// number of characters.
func hmmTable(path string) ([]byte, int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	probs, err := parseEmit(path, src)
	if err != nil {
		return nil, 0, err
	}
	return encodeEmit(probs), len(probs), nil
}

// parseEmit reads the four assignments
//
//	probEmit['B'] = map[rune]float64{'\u4e00': -3.65, ...}
//
// of loadDefEmit in prob_emit.go. Each value is evaluated as the compiler
// evaluates the constant (exact arithmetic, then rounded to float64).
func parseEmit(name string, src []byte) (map[rune]*[4]float64, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		return nil, err
	}
	var fn *ast.FuncDecl
	for _, d := range f.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == "loadDefEmit" && d.Recv == nil {
			fn = d
		}
	}
	if fn == nil {
		return nil, fmt.Errorf("%s: no func loadDefEmit", name)
	}
	probs := map[rune]*[4]float64{}
	seen := map[byte]bool{}
	for _, st := range fn.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return nil, fmt.Errorf("%s: %s: want probEmit[state] = map[rune]float64{...}", name, fset.Position(st.Pos()))
		}
		state, err := emitState(as.Lhs[0])
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, fset.Position(as.Pos()), err)
		}
		col := bytes.IndexByte(hmmStates[:], state)
		if col < 0 || seen[state] {
			return nil, fmt.Errorf("%s: %s: state %q unknown or assigned twice", name, fset.Position(as.Pos()), state)
		}
		seen[state] = true
		lit, ok := as.Rhs[0].(*ast.CompositeLit)
		if !ok {
			return nil, fmt.Errorf("%s: %s: want a map literal", name, fset.Position(as.Rhs[0].Pos()))
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return nil, fmt.Errorf("%s: %s: want key: value", name, fset.Position(e.Pos()))
			}
			r, err := charLit(kv.Key)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", name, fset.Position(kv.Key.Pos()), err)
			}
			v, err := floatConst(kv.Value)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", name, fset.Position(kv.Value.Pos()), err)
			}
			row := probs[r]
			if row == nil {
				row = &[4]float64{hmmMinFloat, hmmMinFloat, hmmMinFloat, hmmMinFloat}
				probs[r] = row
			}
			row[col] = v
		}
	}
	for _, s := range hmmStates {
		if !seen[s] {
			return nil, fmt.Errorf("%s: no probEmit[%q]", name, s)
		}
	}
	return probs, nil
}

// emitState returns the state of probEmit['X'].
func emitState(e ast.Expr) (byte, error) {
	ix, ok := e.(*ast.IndexExpr)
	if !ok {
		return 0, fmt.Errorf("want probEmit[state]")
	}
	if id, ok := ix.X.(*ast.Ident); !ok || id.Name != "probEmit" {
		return 0, fmt.Errorf("want probEmit[state]")
	}
	r, err := charLit(ix.Index)
	if err != nil || r > 0x7f {
		return 0, fmt.Errorf("state: want an ASCII character literal")
	}
	return byte(r), nil
}

// charLit returns the rune of a character literal.
func charLit(e ast.Expr) (rune, error) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.CHAR {
		return 0, fmt.Errorf("want a character literal")
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return 0, fmt.Errorf("character literal %s: %w", lit.Value, err)
	}
	r := []rune(s)
	if len(r) != 1 {
		return 0, fmt.Errorf("character literal %s", lit.Value)
	}
	return r[0], nil
}

// floatConst evaluates a constant number, possibly negated, to the float64
// the compiler gives it.
func floatConst(e ast.Expr) (float64, error) {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		neg = u.Op == token.SUB
		e = u.X
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.FLOAT && lit.Kind != token.INT {
		return 0, fmt.Errorf("want a number")
	}
	v := constant.MakeFromLiteral(lit.Value, lit.Kind, 0)
	if v.Kind() == constant.Unknown {
		return 0, fmt.Errorf("number %s", lit.Value)
	}
	if neg {
		v = constant.UnaryOp(token.SUB, v, 0)
	}
	f, _ := constant.Float64Val(v)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("number %s overflows float64", lit.Value)
	}
	return f, nil
}

// encodeEmit writes the records in rune order.
func encodeEmit(probs map[rune]*[4]float64) []byte {
	runes := make([]rune, 0, len(probs))
	for r := range probs {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	out := make([]byte, 0, len(runes)*hmmRecordSize)
	for _, r := range runes {
		out = binary.LittleEndian.AppendUint32(out, uint32(r))
		for _, v := range probs[r] {
			out = binary.LittleEndian.AppendUint64(out, math.Float64bits(v))
		}
	}
	return out
}
