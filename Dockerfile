FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The image talks to the compose PostgreSQL (SPRING_DATASOURCE_URL): it carries no embedded PostgreSQL binaries
# (-Dembedded-postgres.none leaves them out, see the pom's profiles).
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests -Dembedded-postgres.none package

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app dateline
WORKDIR /app
COPY --from=build /src/target/dateline.jar /app/dateline.jar
USER dateline
# Memory: the heap takes 75% of the container's memory limit (run it with one: docker run -m 1g, or
# mem_limit in compose); a JVM out of memory exits to be restarted rather than limping on.
# JAVA_TOOL_OPTIONS=-Xmx512m (or any JVM option) overrides.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Heap: three quarters of the container's memory limit (give it one: 768 MB runs the portal well); a node out of
# memory exits so that it is restarted rather than left limping (README, "Operations").
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/dateline.jar"]
