# Heard portal runtime image.
#
# This image does NOT build the application. Build the jar first, then the image:
#
#     ./mvnw -DskipTests package        # produces target/heard.jar (production Vaadin bundle)
#     docker compose build portal       # or: docker build -t heard:local .
#
# All configuration comes from environment variables (see docker-compose.yml and
# docs/oidc-providers.md); nothing environment-specific is baked into the image.
#
# The project compiles for Java 21; it runs unchanged on the Java 25 runtime.
FROM eclipse-temurin:25-jre

# Dedicated unprivileged user with a fixed numeric id, so orchestrators that
# enforce "runAsNonRoot" can verify it without resolving names.
RUN groupadd --system --gid 10001 heard \
    && useradd --system --uid 10001 --gid heard --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin heard

WORKDIR /app

# Owned by root and only readable by the app user: the running process cannot
# replace its own code. Spring Boot/Tomcat/Vaadin write only to /tmp; uploads go to
# their own folder, below.
COPY target/heard.jar /app/heard.jar

# Uploaded files (HEARD_UPLOAD_DIRECTORY, a volume in compose): a new volume takes this
# folder's owner, so only the app user can read what families send.
RUN mkdir -p /var/lib/heard/uploads && chown 10001:10001 /var/lib/heard/uploads && chmod 700 /var/lib/heard/uploads

USER 10001:10001

# 8080: the portal. The actuator (health, Prometheus) listens on a separate
# management port (MANAGEMENT_SERVER_PORT, 8081 in compose) that is deliberately
# not EXPOSEd or published; scrape/probe it from inside the container network.
#
# Note: this base image ships neither curl nor wget, so the compose healthcheck
# talks HTTP through bash's /dev/tcp instead of installing extra tools.
EXPOSE 8080

# Replaces the base image's /__cacert_entrypoint.sh, so USE_SYSTEM_CA_CERTS has
# no effect; add private CAs to the JVM trust store in a derived image instead.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/heard.jar"]
