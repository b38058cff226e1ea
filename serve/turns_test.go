package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestTurnsQueueThenRefuse(t *testing.T) {
	tr := newTurns(2, 1)
	r1, ok1 := tr.take(context.Background(), 0)
	r2, ok2 := tr.take(context.Background(), 0)
	if !ok1 || !ok2 {
		t.Fatal("two turns of two not given")
	}
	// The third waits in line and gets the turn released meanwhile.
	go func() { time.Sleep(20 * time.Millisecond); r1() }()
	r3, ok3 := tr.take(context.Background(), time.Second)
	if !ok3 {
		t.Fatal("a waiting search did not get the released turn")
	}
	// No turn comes: refused after the wait.
	start := time.Now()
	if _, ok := tr.take(context.Background(), 30*time.Millisecond); ok || time.Since(start) < 30*time.Millisecond {
		t.Errorf("taken %v after %v", ok, time.Since(start))
	}
	// The line is full: refused at once.
	go tr.take(context.Background(), time.Second)
	time.Sleep(10 * time.Millisecond)
	start = time.Now()
	if _, ok := tr.take(context.Background(), time.Second); ok || time.Since(start) > 100*time.Millisecond {
		t.Errorf("line full: taken %v after %v", ok, time.Since(start))
	}
	r2()
	r3()
}

// A busy server answers 503 with Retry-After.
func TestBusyIs503WithRetryAfter(t *testing.T) {
	s := &server{turns: newTurns(1, 0)}
	release, _ := s.turns.take(context.Background(), 0)
	defer release()
	rec := httptest.NewRecorder()
	s.limited(func(http.ResponseWriter, *http.Request) { t.Error("ran without a turn") })(rec, httptest.NewRequest("GET", "/api/search", nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("%d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
}
