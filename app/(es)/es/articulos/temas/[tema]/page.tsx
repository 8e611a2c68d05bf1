import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTopic, TopicPage, topicMetadata } from "@/components/articles/articles-index";
import { topicsIn } from "@/lib/content/localized";

export const dynamicParams = false;

export function generateStaticParams() {
  return topicsIn("es").map((topic) => ({ tema: topic.slug }));
}

type Props = { params: Promise<{ tema: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata("es", (await params).tema);
}

export default async function SpanishTopicPage({ params }: Props) {
  const topic = findTopic("es", (await params).tema);
  if (!topic) notFound();
  return <TopicPage locale="es" topic={topic} />;
}
