# Targets are named in README.md. Each needs only Go and gcc (cgo, for jieba).

# An execution count, not a duration: with a duration, go test -fuzz can fail
# with "context deadline exceeded" when time runs out mid-run.
FUZZTIME ?= 50000x

.PHONY: build run test golden bench lint

build:
	go build -trimpath -o bin/numclaims ./cmd/numclaims

run: build
	bin/numclaims extract -o out seeds/

# vet, the tests under the race detector, every benchmark once (so they keep
# working), then a short run of every Fuzz target.
test:
	go vet ./... && go test -race ./...
	go test -run '^$$' -bench . -benchtime 1x ./...
	set -e; for pkg in $$(go list ./...); do for f in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz'); do echo "fuzz $$pkg $$f"; \
		go test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME); done; done

golden:
	go test ./extract -update

# throughput, peak RSS and the ratio to the Python baseline on ../shared/corpus/bench
bench: build
	scripts/bench.sh

lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: run gofmt -w on the files above"; exit 1; }
	go vet ./...
