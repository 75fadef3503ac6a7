# One image for both services (and the command line): `run ingest` / `run enrich` start one instance of
# a service (docker-compose.yml); any other newswire command works too. MAIN_CLASS can pick another main.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/newswire-cli/target/newswire-cli.jar /app/newswire-cli.jar
COPY --from=build /src/newswire-cli/target/lib /app/lib
ENV MAIN_CLASS=io.newswire.cli.Newswire \
    JAVA_OPTS="-Xmx512m -XX:InlineSmallCode=1000 -Dlogback.configurationFile=logback-json.xml -Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.util,io.newswire" \
    NEWSWIRE_HTTP_HOST=0.0.0.0 \
    NEWSWIRE_STATE_DIR=/var/lib/newswire \
    NEWSWIRE_INSTANCE_ID=hostname
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/app/newswire-cli.jar:/app/lib/*' $MAIN_CLASS \"$@\"", "--"]
