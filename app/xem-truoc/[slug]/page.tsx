import type { Metadata } from "next";
import { cookies, draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { PREVIEW_COOKIE } from "@/lib/preview-link";
import { ArticleView } from "../../_components/article-view";
import { getPreviewPage } from "../../_data/preview";

type Props = { params: Promise<{ slug: string }> };

// The preview page a preview link redirects to. Rendered on every request (reading the
// cookies makes it dynamic), so nothing is cached; it shows the article only while Draft
// Mode is on and the token in its cookie is still valid for this very article, so an
// expired link stops working even in a browser that kept its cookies. Headers (no-store,
// noindex): next.config.ts.
export const dynamic = "force-dynamic";

// The same for every preview, so a 404 does not tell whether an article exists.
export const metadata: Metadata = { title: "Xem trước", robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: Props) {
  const [{ slug }, draft, jar] = await Promise.all([params, draftMode(), cookies()]);
  const preview = draft.isEnabled ? getPreviewPage(slug, jar.get(PREVIEW_COOKIE)?.value) : undefined;
  if (preview === undefined) notFound();
  return <ArticleView page={preview.page} preview={preview.banner} />;
}
