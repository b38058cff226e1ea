package main

import "context"

func cmdEval(ctx context.Context, e *env, args []string) int { return exitUsage }
