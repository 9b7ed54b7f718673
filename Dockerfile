# One image for the whole hub; each Deployment picks its process by command:
#   node gateway/dist/main.js                 the gateway (default), also serves admin/dist at /admin/
#   node services/<name>/dist/main.js         a subgraph (persons, offers, network, funding)
#   node services/<name>/dist/migrate.js      migrate a subgraph's database and exit (the migration Jobs)
#   node ops/dist/backup/backup.command.js    backup / restore (ops/dist/backup/restore.command.js)
# ops/test/image.test.ts lays out the runtime-files stage as written here and starts the services from it.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- manifests: the package files alone, so an install layer is rebuilt only when they change
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY services/shared/package.json services/shared/
COPY fixtures/package.json fixtures/
COPY services/persons/package.json services/persons/
COPY services/offers/package.json services/offers/
COPY services/network/package.json services/network/
COPY services/funding/package.json services/funding/
COPY gateway/package.json gateway/
COPY bench/package.json bench/
COPY tests/package.json tests/
COPY admin/package.json admin/
COPY ops/package.json ops/

# --- build: every workspace's dependencies, then the TypeScript builds and the admin UI's bundle
FROM manifests AS build
RUN npm ci
COPY . .
RUN npx turbo run build --filter=@gk/gateway --filter=@gk/ops --filter=@gk/admin --output-logs=errors-only

# --- runtime-files: production dependencies of the served workspaces only (no admin UI toolchain,
# no benchmark, no test tools), then the built output
FROM manifests AS runtime-files
RUN npm ci --omit=dev --workspace=services/shared --workspace=fixtures --workspace=services/persons \
      --workspace=services/offers --workspace=services/network --workspace=services/funding --workspace=gateway \
      --workspace=ops && npm cache clean --force
COPY --from=build /app/services/shared/dist services/shared/dist
COPY --from=build /app/fixtures/dist fixtures/dist
COPY --from=build /app/services/persons/dist services/persons/dist
COPY --from=build /app/services/offers/dist services/offers/dist
COPY --from=build /app/services/network/dist services/network/dist
COPY --from=build /app/services/funding/dist services/funding/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/ops/dist ops/dist
COPY --from=build /app/admin/dist admin/dist
COPY --from=build /app/schema schema

# --- the image: Node 24 LTS, files owned by root and read-only to the unprivileged "node" user (uid 1000)
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-files /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "gateway/dist/main.js"]
