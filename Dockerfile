# The complaint-streams application image (and the Connect plugin directory, for the Connect worker's image stage).
# docker build -t complaint-streams .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q -Dmaven.test.skip=true -pl app,connect -am package

FROM eclipse-temurin:17-jre AS app
RUN useradd --system --uid 10001 complaints && mkdir -p /var/lib/complaint-streams && chown complaints /var/lib/complaint-streams
COPY --from=build /src/app/target/complaint-streams-app.jar /opt/complaint-streams/
COPY --from=build /src/app/target/lib/ /opt/complaint-streams/lib/
USER complaints
# JVM options as bin/complaint-streams sets them (README "Memory": the serial collector sizes the heap to the live set)
ENV COMPLAINT_STREAMS_DATA_DIR=/var/lib/complaint-streams \
    COMPLAINT_STREAMS_JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $COMPLAINT_STREAMS_JAVA_OPTS -cp '/opt/complaint-streams/complaint-streams-app.jar:/opt/complaint-streams/lib/*' io.complaintstreams.cli.Main \"$@\"", "complaint-streams"]
CMD ["run"]

# A Kafka Connect worker with the complaint-streams plugin (docker build --target connect -t complaint-streams-connect .)
FROM apache/kafka:4.3.1 AS connect
COPY --from=build /src/connect/target/plugin/complaint-streams-connect/ /opt/connect-plugins/complaint-streams-connect/
COPY config/mappings/ /etc/complaint-streams/mappings/
COPY deploy/connect/connect-distributed.properties /etc/kafka-connect/connect-distributed.properties
ENTRYPOINT ["/opt/kafka/bin/connect-distributed.sh", "/etc/kafka-connect/connect-distributed.properties"]
