FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# The image talks to the compose PostgreSQL (SPRING_DATASOURCE_URL): it carries no embedded PostgreSQL binaries
# (-Dembedded-postgres.none leaves them out, see the pom's profiles).
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests -Dembedded-postgres.none package

# Java 25, the JDK the portal is built and tested with
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app dateline
WORKDIR /app
# data/search-index: the node's own search index, built from PostgreSQL at its first start (README, "Search")
RUN mkdir -p /app/data && chown dateline /app/data
COPY --from=build /src/target/dateline.jar /app/dateline.jar
USER dateline
EXPOSE 8080
# Memory (README, "Memory"): give the container a limit (768 MB runs the portal well: docker run -m 768m, or
# mem_limit in compose). The heap takes half of it, all of it from the start (a node's footprint does not creep
# up as the collector grows its heap under load); the rest is for what the JVM needs besides the heap (about
# 250 MB measured with Native Memory Tracking: metaspace, compiled code, the collector's structures, threads) and
# for what glibc keeps of the memory freed by the JVM and zlib, which the JVM hands back to the system every 30 s
# (TrimNativeHeapInterval). A node out of memory exits so that it is restarted rather than left limping.
# The serial collector: on a node of one or two cores it renders more pages a second than G1 and answers with a
# shorter tail (docs/performance.md, "The collector"); with four cores or more and a bigger heap, try G1.
# Setting JDK_JAVA_OPTIONS replaces these options.
ENV JDK_JAVA_OPTIONS="-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=50 -XX:+AlwaysPreTouch -XX:+UseSerialGC -XX:MetaspaceSize=160m -XX:TrimNativeHeapInterval=30000 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/dateline.jar"]
