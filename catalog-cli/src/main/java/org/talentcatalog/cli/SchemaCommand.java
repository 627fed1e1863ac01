package org.talentcatalog.cli;

import java.util.concurrent.Callable;
import org.talentcatalog.schema.CatalogSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code catalog schema}: prints the JSON Schema of the exchange format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"输出交换格式的 JSON Schema（draft-07）。", "Print the JSON Schema (draft-07) of the exchange format."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CatalogSchema.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
