package io.complaintstreams.cli;

import io.complaintstreams.app.Application;
import io.complaintstreams.app.DemoDefaults;
import io.complaintstreams.app.InstanceFile;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.app.ShutdownWatchdog;
import java.time.Duration;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.config.HomesParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The main job: broker, topics, ingest, Streams topology, API, dashboard and /metrics.",
                "Starts an embedded single-node KRaft broker unless --bootstrap-servers is given. Ctrl-C stops it cleanly.",
                "Settings come from --config FILE, then COMPLAINT_STREAMS_* environment variables, then these flags."})
public final class RunCommand implements Callable<Integer> {
    /** {@code run} ends within this of Ctrl-C (issue 9 section 5); {@link Application#CLOSE_BOUND} fits inside it. */
    static final Duration STOP_BOUND = Duration.ofSeconds(29);

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (keys listed in the README).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Use this Kafka cluster instead of the embedded broker.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker logs and Streams state (default ./data).")
    String dataDir;

    @Option(names = "--http-port", paramLabel = "PORT", description = "API, dashboard and /metrics port (default 8080).")
    Integer httpPort;

    @Option(names = "--bind-address", paramLabel = "ADDRESS",
            description = "Interface the HTTP port listens on (default 127.0.0.1; 0.0.0.0 for every interface on a server).")
    String bindAddress;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Embedded broker's client port (default 9092).")
    Integer kafkaPort;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix prepended to every topic name.")
    String topicPrefix;

    @Option(names = "--clock", paramLabel = "wall|event", description = "Date deadlines by the wall clock (default) or by stream time (replays).")
    String clock;

    @Option(names = "--homes", paramLabel = "LANDLORD=N", description = "A landlord's number of homes (repeatable).")
    List<String> homes;

    @Option(names = "--kafka", paramLabel = "NAME=VALUE", description = "A Kafka Streams or Kafka client setting "
            + "(repeatable), as kafka.NAME in the config file: e.g. --kafka num.stream.threads=2 --kafka producer.linger.ms=10.")
    Map<String, String> kafka;

    @Option(names = "--demo", description = "Also stream a synthetic landlord's events so the dashboard fills.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        Map<ConfigKey, String> flags = new LinkedHashMap<>();
        flags.put(AppConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        flags.put(AppConfig.DATA_DIR, dataDir);
        flags.put(AppConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
        flags.put(AppConfig.KAFKA_PORT, kafkaPort == null ? null : kafkaPort.toString());
        flags.put(AppConfig.HTTP_BIND_ADDRESS, bindAddress);
        flags.put(AppConfig.TOPIC_PREFIX, topicPrefix);
        flags.put(AppConfig.CLOCK, clock);
        flags.put(AppConfig.HOMES, homes == null ? null : HomesParser.format(HomesParser.parse(homes)));
        AppConfig config = AppConfig.load(configFile, System.getenv(), flags).withKafka(kafka == null ? Map.of() : kafka);
        for (String name : AppConfig.unknownEnvironmentVariables(System.getenv())) {
            System.err.println("warning: environment variable " + name + " names no configuration key and is ignored "
                    + "(keys: README 'Configuration'; the key upper-cased, dots and dashes as underscores)");
        }
        // --demo: the demo landlord's homes and local targets unless configured (DemoDefaults)
        RunSettings settings = new RunSettings(demo ? DemoDefaults.applyTo(config) : config, demo).validated(); // bad: exit 2

        Application app = new Application(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Ctrl-C or SIGTERM: stop within STOP_BOUND whatever state Streams or the broker is in.
            ShutdownWatchdog watchdog = ShutdownWatchdog.arm(STOP_BOUND, Runtime.getRuntime()::halt);
            app.close();
            watchdog.disarm();
        }, "shutdown"));
        app.start();
        printAddresses(app, settings);
        app.awaitStop();
        return app.failed() ? Main.FAILURE : Main.OK;
    }

    private static void printAddresses(Application app, RunSettings settings) {
        String http = app.httpUrl();
        System.out.println();
        System.out.println("complaint-streams is running" + (app.embeddedBroker() ? " on an embedded Kafka broker" : ""));
        System.out.println("  Dashboard      " + http + "/");
        System.out.println("  Health         " + http + "/health");
        System.out.println("  Metrics        " + http + "/metrics");
        System.out.println("  Ingest API     " + http + "/api/v1/events/{contacts|service-requests|surveys|complaint-events}");
        System.out.println("  Complaints API " + http + "/api/v1/complaints/{id}");
        System.out.println("  Kafka          " + app.kafkaAddress() + "   (any Kafka client, e.g. kcat -b " + app.kafkaAddress() + " -L)");
        System.out.println("  Instance file  " + settings.dataDir().resolve(InstanceFile.NAME)
                + "   (tail, import, report and erase with --data-dir " + settings.config().get(AppConfig.DATA_DIR) + " find this instance)");
        if (settings.demo()) {
            System.out.println("  Demo landlord  " + io.complaintstreams.generator.GeneratorSettings.DEFAULT_LANDLORD_ID + ", homes "
                    + settings.config().homesByLandlord().get(io.complaintstreams.generator.GeneratorSettings.DEFAULT_LANDLORD_ID));
        }
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
    }
}
