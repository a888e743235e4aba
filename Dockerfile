# syntax=docker/dockerfile:1
# Parklink app node: the API, Socket.IO and the built web client on one port.
# Build: docker build -t parklink .   Run: see deploy/compose.prod.yml and README "Deployment and operations".

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
# Install scripts stay off: nothing here downloads binaries (MongoDB and Meilisearch run as their own services).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY shared shared
COPY server server
COPY client client
COPY scripts/build-server.ts scripts/reindex.ts scripts/
COPY scripts/lib scripts/lib
# The client is built into client/dist; the server is bundled (TypeScript and shared/ compiled in) into server/dist.
RUN npm run build -w client && npm run build -w server

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
# Only the server's runtime dependencies: no TypeScript tooling, no client build tools, no optional binaries.
RUN npm ci --omit=dev --omit=optional --ignore-scripts -w server --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
USER node
EXPOSE 3000 9100
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm run start:prod -w server` runs, without npm in between: SIGTERM reaches the server, which drains.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=32", "server/dist/main.js"]
