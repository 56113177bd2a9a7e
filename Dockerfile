# syntax=docker/dockerfile:1

# Build stage: the Swift toolchain, with the C libraries the package links against.
FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
RUN swift build -c release --static-swift-stdlib --product smtp-codes \
    && install -m 0755 "$(swift build -c release --show-bin-path)/smtp-codes" /usr/local/bin/

# Run stage: a slim Debian with the shared libraries only, running as a non-root user.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-0 zlib1g libstdc++6 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin smtp
WORKDIR /app
COPY --from=build /usr/local/bin/smtp-codes /usr/local/bin/smtp-codes
COPY Migrations ./Migrations
COPY Public ./Public
ENV SMTP_CODES_HOST=0.0.0.0 \
    PORT=8080 \
    SMTP_CODES_DATABASE=/app/data/smtp-codes.sqlite \
    SMTP_CODES_MIGRATIONS=/app/Migrations \
    SMTP_CODES_PUBLIC=/app/Public
# The database is built into the image from Migrations/, so every replica starts serving
# the same read-only content at once.
RUN mkdir -p /app/data && smtp-codes migrate && chown -R smtp /app/data
USER 10001
EXPOSE 8080
ENTRYPOINT ["smtp-codes"]
CMD ["serve"]
