package org.talentcatalog.cli;

import java.util.List;

/** The sub-commands of {@code catalog}, in the order help lists them. Adding a command: one line here. */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(new ValidateCommand(), new ConvertCommand(), new DiffCommand(), new ScoreCommand(),
                new AggregateCommand(), new PostingsCommand(), new ConsensusCommand(), new SchemaCommand(), new CodesCommand(),
                new TemplateCommand(),
                new PublishCommand(), new AdvanceCommand(), new RenewCommand(), new EvaluateCommand(),
                new ConsultationCommand(), new NormalizeCommand());
    }
}
