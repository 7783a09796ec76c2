# All stages share one glibc base so the native prebuilt binaries npm picks in
# `deps` (sharp, libsql, SWC) are exactly the ones that run in `runner`.
FROM node:24-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Lockfile-only layer: dependency install is cached until package*.json change.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci

FROM base AS build
# `next build` peaks around 2.5 GB; Node's default heap limit is lower.
ENV NODE_OPTIONS=--max-old-space-size=3072 NEXT_OUTPUT=standalone
# NEXT_PUBLIC_* values are inlined into the client bundle at build time, so the
# public URL must be known here, not only at runtime.
ARG NEXT_PUBLIC_SERVER_URL=http://localhost:3000
ENV NEXT_PUBLIC_SERVER_URL=$NEXT_PUBLIC_SERVER_URL
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# Only the traced standalone output ships: no devDependencies, no sources.
FROM base AS runner
# Docker sets HOSTNAME to the container id; Next's server.js binds to
# $HOSTNAME, so without this it would not listen on the published port.
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
# Staff give a second factor after their password (README, "Two-factor sign-in and sessions").
ENV LAUREL_STAFF_2FA=required
# The image's built-in `node` user (uid/gid 1000). Next writes its ISR and image
# caches under .next at runtime, hence the chown rather than root-owned files.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Created here (owned by node) so a fresh named volume inherits the ownership;
# data/ is only used if someone runs the image without a MongoDB DATABASE_URI.
RUN mkdir -p media data && chown node:node media data
VOLUME ["/app/media"]
USER node
EXPOSE 3000
# No curl in the slim image; Node 20 has fetch. 127.0.0.1, not localhost:
# localhost may resolve to ::1 while the server listens on IPv4 0.0.0.0.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
