package io.complaintstreams.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/complaint-streams <command>}: exit 0 on success, 2 on bad input, 1 on other failure. Subcommands of other
 * modules on the classpath ({@link PluggableCommand}, e.g. {@code bench}) are added when found.
 */
@Command(name = "complaint-streams", mixinStandardHelpOptions = true, version = "complaint-streams 0.1.0",
        description = "Real-time complaint handling against the Housing Ombudsman's Complaint Handling Code.",
        subcommands = {RunCommand.class, SlaCommand.class, ClassifyCommand.class, GenerateCommand.class,
                ImportCommand.class, ReportCommand.class, TailCommand.class, ResetCommand.class, EraseCommand.class,
                RotateMasterKeyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        FormatLocale.apply();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        for (PluggableCommand command : ServiceLoader.load(PluggableCommand.class)) {
            cli.addSubcommand(command);
        }
        if (!cli.getSubcommands().containsKey("bench")) {
            cli.addSubcommand(new BenchNotInstalled());
        }
        // every command answers -V / --version with the program's version (they printed nothing)
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(cli.getCommandSpec().version()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof io.complaintstreams.app.MissingKafkaPermissionException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return FAILURE;
            }
            if (e instanceof io.complaintstreams.broker.DataDirInUseException) {
                // Exit 1, not 2: the command line is valid; the directory is busy (as a port in use would be).
                commandLine.getErr().println("error: " + e.getMessage());
                return FAILURE;
            }
            if (e instanceof io.complaintstreams.app.HttpPortCheck.PortUnavailableException
                    || e instanceof io.complaintstreams.app.KafkaNotAnsweringException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return FAILURE;
            }
            java.net.BindException bind = cause(e, java.net.BindException.class);
            if (bind != null) {
                // a port taken after the start-up check (HTTP) or the embedded broker's port: the message, not a stack trace
                commandLine.getErr().println("error: " + e.getMessage() + (e.getMessage() != null
                        && e.getMessage().contains(String.valueOf(bind.getMessage())) ? "" : " (" + bind.getMessage() + ")"));
                return FAILURE;
            }
            if (causedBy(e, org.apache.kafka.common.errors.TimeoutException.class)) {
                // a client command (tail, import, report, erase) found no broker: say so, without a stack trace
                commandLine.getErr().println("error: Kafka did not answer (" + e.getMessage() + "). Is `run` running on "
                        + "this --data-dir, or is --bootstrap-servers right?");
                return FAILURE;
            }
            if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            org.apache.kafka.common.config.ConfigException kafkaConfig = cause(e, org.apache.kafka.common.config.ConfigException.class);
            if (kafkaConfig != null) {
                // after our own checks (they throw IllegalArgumentException naming the key, handled above): Kafka
                // refused a setting itself, e.g. --bootstrap-servers naming a host that does not resolve
                commandLine.getErr().println("error: Kafka refused a setting: " + kafkaConfig.getMessage()
                        + (kafkaConfig.getMessage() != null && kafkaConfig.getMessage().contains("bootstrap")
                        ? " (check --bootstrap-servers / bootstrap.servers: HOST:PORT[,HOST:PORT...], each host resolvable)" : ""));
                return BAD_INPUT;
            }
            commandLine.getErr().println("error: " + e);
            e.printStackTrace(commandLine.getErr());
            return FAILURE;
        });
        return cli.execute(args);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
