import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTopic, TopicPage, topicMetadata } from "@/components/articles/articles-index";
import { topicsIn } from "@/lib/content/localized";

export const dynamicParams = false;

export function generateStaticParams() {
  return topicsIn("en").map((topic) => ({ tag: topic.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata("en", (await params).tag);
}

export default async function TagPage({ params }: Props) {
  const topic = findTopic("en", (await params).tag);
  if (!topic) notFound();
  return <TopicPage locale="en" topic={topic} />;
}
