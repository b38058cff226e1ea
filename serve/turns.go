package serve

import (
	"context"
	"sync/atomic"
	"time"
)

// turns lets n searches run at once; the others wait in line, a bounded
// number of them for a bounded time.
type turns struct {
	slots   chan struct{}
	waiting atomic.Int64
	queue   int64
}

func newTurns(n, queue int) *turns {
	return &turns{slots: make(chan struct{}, n), queue: int64(queue)}
}

// take waits up to wait for a turn; release gives it back. It fails at
// once when the line is full, and when ctx ends first.
func (t *turns) take(ctx context.Context, wait time.Duration) (release func(), ok bool) {
	select {
	case t.slots <- struct{}{}:
		return t.release, true
	default:
	}
	if t.waiting.Add(1) > t.queue {
		t.waiting.Add(-1)
		return nil, false
	}
	defer t.waiting.Add(-1)
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case t.slots <- struct{}{}:
		return t.release, true
	case <-timer.C:
	case <-ctx.Done():
	}
	return nil, false
}

func (t *turns) release() { <-t.slots }
