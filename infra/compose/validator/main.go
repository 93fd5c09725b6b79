// Command compose-config loads Compose files the way `docker compose config` does, with the
// same library (compose-spec/compose-go), so CI can check docker-compose.yml on machines
// that have no Docker engine or Compose plugin. It builds in seconds, where building the
// Compose CLI itself takes minutes.
//
//	compose-config [-q] [file...]   (default file: docker-compose.yml)
//
// It exits 1 with the loader's message when a file is invalid; without -q it prints the
// resolved project as YAML.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	quiet := flag.Bool("q", false, "only validate; print nothing on success")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: compose-config [-q] [file...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"docker-compose.yml"}
	}
	if err := run(files, *quiet); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(files []string, quiet bool) error {
	// The option chain of `docker compose config` (docker/compose cmd/compose/compose.go
	// toProjectOptions): the OS environment wins over .env, which fills in the rest.
	options, err := cli.NewProjectOptions(files,
		cli.WithOsEnv,
		cli.WithDotEnv,
		cli.WithDefaultProfiles(),
	)
	if err != nil {
		return err
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		return err
	}
	if project.Name == "" {
		return errors.New("project name can't be empty: set `name:` in the file")
	}
	// The checks `config` adds after loading: env_file resolution and container name clashes.
	project, err = project.WithServicesEnvironmentResolved(true)
	if err != nil {
		return err
	}
	if err := project.CheckContainerNameUnicity(); err != nil {
		return err
	}
	if quiet {
		return nil
	}
	out, err := project.MarshalYAML()
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(out)
	return err
}
