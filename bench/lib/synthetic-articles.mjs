import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Deterministic synthetic articles shaped like real ones: ~1,500 words, h2/h3 headings, a bulleted
 * and a numbered list, a table, a <Callout title="…">, and valid frontmatter (quoted title and
 * date, description ≤ 160 characters, 2–4 tags from a pool of 24).
 */

export const tagPool = [
  "depression",
  "anxiety",
  "ptsd",
  "ketamine therapy",
  "science",
  "treatment options",
  "research",
  "self-care",
  "sleep",
  "family",
  "insurance",
  "safety",
  "integration",
  "mindfulness",
  "chronic pain",
  "bipolar depression",
  "ocd",
  "postpartum",
  "veterans",
  "aftercare",
  "nutrition",
  "exercise",
  "talk therapy",
  "medication",
];

const subjects = [
  "Ketamine Therapy",
  "Treatment-Resistant Depression",
  "Anxiety Care",
  "Sleep and Mood",
  "Integration Sessions",
  "Family Support",
  "Post-Traumatic Stress",
  "Chronic Pain",
  "Mindfulness Practice",
  "Aftercare Planning",
  "Your First Visit",
  "Medication Changes",
];

const angles = [
  "What the Research Says",
  "A Plain-Language Guide",
  "Questions to Ask Your Clinician",
  "What to Expect",
  "Myths and Facts",
  "How It Fits With Other Care",
  "Safety First",
  "Preparing for Treatment",
];

const sentences = [
  "Many people who live with depression describe a long search for a treatment that finally helps.",
  "Researchers continue to study how ketamine acts on glutamate, one of the brain's main chemical messengers.",
  "A careful evaluation looks at your history, your current medicines and what you hope to change.",
  "Individual results vary, and no single treatment is right for everyone who walks through our door.",
  "Sessions take place in a quiet room with monitoring throughout and time to rest afterwards.",
  "It can help to write down questions before a visit so that nothing important is forgotten.",
  "Family members often want to know how they can support someone during a course of treatment.",
  "Sleep, movement and regular meals are not cures, but they make every other kind of care easier.",
  "Talk therapy and medication remain the foundation of care for most people with anxiety.",
  "Some studies report relief within hours or days, while others show more gradual change over weeks.",
  "Side effects such as dizziness, nausea or a feeling of detachment usually pass within a few hours.",
  "Your clinician will talk honestly about the possible benefits, the risks and the alternatives.",
  "Using ketamine for mental-health conditions is off-label, which means it is not FDA-approved for these uses.",
  "People with certain heart, blood pressure or substance-use histories may not be good candidates.",
  "Integration conversations help people make sense of their experience and carry insights into daily life.",
  "Insurance coverage differs from plan to plan, so it is worth calling your insurer before you begin.",
  "A support person should drive you home after each session and stay nearby for the rest of the day.",
  "Progress is rarely a straight line, and setbacks are a normal part of recovery for many people.",
  "Keeping a short mood journal can show patterns that are hard to notice from one day to the next.",
  "Veterans and first responders sometimes carry experiences that make ordinary stress feel overwhelming.",
  "Good care coordinates with your existing therapist or psychiatrist instead of replacing them.",
  "Breathing exercises and grounding techniques can make the hours before a session feel calmer.",
  "Evidence is still developing, and long-term studies will answer questions that remain open today.",
  "Clinicians adjust the plan based on how you respond, rather than following a fixed script.",
  "If you ever feel unsafe, call or text 988 in the United States to reach the crisis line right away.",
  "Chronic pain and low mood often feed each other, so treating one can ease the other.",
  "A calm environment, soft lighting and familiar music help many people feel settled.",
  "Before starting, you will review consent forms that explain each step in plain language.",
  "Most plans begin with a short series of sessions followed by a check-in to decide what comes next.",
  "Eating lightly beforehand and avoiding alcohol are common instructions for the day of treatment.",
  "The goal is not to feel nothing, but to open room for change that lasts beyond the session itself.",
  "Questions about cost, scheduling and follow-up care are welcome at every stage.",
];

const listItems = [
  "A list of your current medicines and doses",
  "Notes on what has and has not helped before",
  "The name of a support person who can drive you home",
  "Questions about cost, insurance and scheduling",
  "Any recent changes in sleep, appetite or energy",
  "Goals you would like treatment to help with",
  "Comfortable clothes and a light snack for afterwards",
  "Contact details for your therapist or psychiatrist",
];

const headingWords = [
  "Understanding the Basics",
  "What Research Shows",
  "Preparing for a Session",
  "During Treatment",
  "After the Session",
  "Risks and Side Effects",
  "Working With Your Care Team",
  "Questions People Often Ask",
  "Building Support at Home",
  "Looking Ahead",
];

/** A small seeded generator (mulberry32): the same index always gives the same article. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticArticle(index) {
  const rand = random(index * 2654435761 + 17);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const paragraph = (count) => Array.from({ length: count }, () => pick(sentences)).join(" ");
  const subject = pick(subjects);
  const angle = pick(angles);
  const title = `${subject}: ${angle} (Part ${index + 1})`;
  const slug = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
  const tagCount = 2 + Math.floor(rand() * 3);
  const tags = [];
  while (tags.length < tagCount) {
    const tag = pick(tagPool);
    if (!tags.includes(tag)) tags.push(tag);
  }
  const day = new Date(Date.UTC(2019, 0, 1) + ((index * 7919) % 2500) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const description =
    `${subject} explained in plain language: ${angle.toLowerCase()}, with practical steps and honest notes on risks.`.slice(
      0,
      160,
    );

  const sections = [];
  const headings = [...headingWords].sort(() => rand() - 0.5).slice(0, 6);
  headings.forEach((heading, i) => {
    const parts = [`## ${heading}`, paragraph(4), paragraph(3)];
    parts.push(`### ${pick(subjects)} in Practice`, paragraph(4));
    if (i === 1) {
      parts.push(Array.from({ length: 5 }, () => `- ${pick(listItems)}`).join("\n"), paragraph(3));
    }
    if (i === 2) {
      parts.push(
        "| Step | What happens | Typical time |\n| --- | --- | --- |\n" +
          "| Arrival | Check-in, vital signs and a short conversation | 15 minutes |\n" +
          "| Session | Treatment with monitoring throughout | 40 to 60 minutes |\n" +
          "| Rest | Quiet recovery until you feel steady | 30 to 60 minutes |\n" +
          "| Follow-up | A call or visit to talk about how it went | Within a week |",
        paragraph(3),
      );
    }
    if (i === 4) {
      parts.push(Array.from({ length: 4 }, (_, n) => `${n + 1}. ${pick(listItems)}`).join("\n"), paragraph(3));
    }
    sections.push(parts.join("\n\n"));
  });

  const body = [
    paragraph(4),
    `<Callout title="Individual results vary">\n\n${paragraph(3)}\n\n</Callout>`,
    ...sections,
    `## Next Steps\n\n${paragraph(3)}`,
  ].join("\n\n");

  const frontmatter = [
    "---",
    `title: "${title}"`,
    `description: "${description}"`,
    `date: "${date}"`,
    `author: ShaMynds Healing Center`,
    `tags: [${tags.join(", ")}]`,
    "---",
  ].join("\n");
  return { slug, source: `${frontmatter}\n\n${body}\n` };
}

/** Writes `count` articles into `<projectDir>/content/articles/`; returns their total word count. */
export function writeSyntheticArticles(projectDir, count) {
  const dir = path.join(projectDir, "content", "articles");
  mkdirSync(dir, { recursive: true });
  let words = 0;
  for (let index = 0; index < count; index += 1) {
    const { slug, source } = syntheticArticle(index);
    writeFileSync(path.join(dir, `${slug}.mdx`), source);
    words += source.split(/\s+/).length;
  }
  return { words };
}
