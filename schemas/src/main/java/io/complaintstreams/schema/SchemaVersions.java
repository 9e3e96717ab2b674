package io.complaintstreams.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every kept version of a record schema, read from {@code schemas/versions/NAME/vN.avsc}
 * (on the classpath under {@code schema-versions/}). Versions are numbered from 1 without gaps.
 */
public final class SchemaVersions {
    private SchemaVersions() {}

    public static List<Schema> of(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String resource = "/schema-versions/" + recordName + "/v" + v + ".avsc";
            try (InputStream in = SchemaVersions.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(versions);
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
