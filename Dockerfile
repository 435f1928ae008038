# Tsunagu hub. Build: docker build -t tsunagu .   Run with PostgreSQL: docker compose up
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY bench ./bench
COPY scripts ./scripts
COPY schema ./schema
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 TSUNAGU_DATA_DIR=/var/lib/tsunagu/data TSUNAGU_REQUEST_LOG=json
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
# The hub runs as an unprivileged user; its data dir holds the generated keys (mount a volume).
RUN groupadd --system tsunagu && useradd --system --gid tsunagu --home /var/lib/tsunagu tsunagu \
  && mkdir -p /var/lib/tsunagu/data && chown -R tsunagu:tsunagu /var/lib/tsunagu
USER tsunagu
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/server/main.js"]
