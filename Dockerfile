# One image definition for the whole workspace; targets pick the service.
#   docker build --target backend .   |   docker build --target storefront .
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY seed/package.json seed/
# Every workspace's manifest, so that npm ci installs each plugin's own dependencies (luxon, stripe, meilisearch…).
COPY packages/kernel/package.json packages/kernel/
COPY plugins/commune/package.json plugins/commune/
COPY plugins/marketplace/package.json plugins/marketplace/
COPY plugins/association/package.json plugins/association/
COPY plugins/deals/package.json plugins/deals/
COPY plugins/search-meilisearch/package.json plugins/search-meilisearch/
COPY plugins/territory/package.json plugins/territory/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN node scripts/build-plugins.mjs \
 && (cd backend && npx medusa build) \
 && (cd storefront && npx next build)

# Medusa server or worker (WORKER_MODE=server|worker), from `medusa build`'s output.
FROM build AS backend
# Node finds the workspace's node_modules by walking up from here.
WORKDIR /app/backend/.medusa/server
ENV NODE_ENV=production PORT=9000
EXPOSE 9000
CMD ["sh", "-c", "npx medusa db:migrate && npx medusa start"]

FROM build AS storefront
WORKDIR /app/storefront
ENV NODE_ENV=production
EXPOSE 8000
CMD ["npx", "next", "start", "-p", "8000"]
