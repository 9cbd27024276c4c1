# Build: a static binary, no cgo.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/farvel ./cmd/farvel

# Run: distroless, non-root, nothing but the binary (time zones are embedded).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/farvel /farvel
USER nonroot:nonroot
EXPOSE 8080
ENV PORT=8080
ENTRYPOINT ["/farvel", "-log", "json"]
