FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app dateline
WORKDIR /app
COPY --from=build /src/target/dateline.jar /app/dateline.jar
USER dateline
EXPOSE 8080
# Heap: three quarters of the container's memory limit (give it one: 768 MB runs the portal well); a node out of
# memory exits so that it is restarted rather than left limping (README, "Operations").
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/dateline.jar"]
