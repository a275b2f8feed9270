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
ENTRYPOINT ["java", "-jar", "/app/dateline.jar"]
