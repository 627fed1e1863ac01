package org.talentcatalog.publish;

import java.io.IOException;
import org.talentcatalog.publish.internal.MarkdownHandbook;
import org.talentcatalog.publish.internal.Views;
import org.talentcatalog.publish.internal.Words;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;

/**
 * The Markdown handbook of a {@link Release}, registered as the renderer {@code markdown} of the type
 * {@code Release} in {@code Renderers.standard()}: for new media and review threads. Per catalog its
 * 编制说明 and its positions table by industry, then the majors and competencies indexes and, with a
 * previous edition, what changed. Stateless.
 */
public final class MarkdownRenderer implements Renderer<Release> {

    /** The renderer; found by {@code ServiceLoader}. */
    public MarkdownRenderer() {
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Class<Release> type() {
        return Release.class;
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public void render(Release value, RenderContext context, Appendable out) throws IOException {
        MarkdownHandbook.write(Views.of(value, new Words(context.locale())), out);
    }
}
