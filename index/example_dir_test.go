package index

import "os"

// exampleDir is a fresh folder for examples, which get no testing.T.
func exampleDir() string {
	d, err := os.MkdirTemp("", "zhnews-example")
	if err != nil {
		panic(err)
	}
	return d
}
