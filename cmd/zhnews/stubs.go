package main

import "context"

func cmdIngest(ctx context.Context, e *env, args []string) int { return 2 }
func cmdSearch(ctx context.Context, e *env, args []string) int { return 2 }
func cmdExport(ctx context.Context, e *env, args []string) int { return 2 }
func cmdEval(ctx context.Context, e *env, args []string) int   { return 2 }
