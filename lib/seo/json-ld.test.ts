import { describe, expect, it } from "vitest";
import { getClinic, type Clinic } from "@/lib/content/clinic";
import { articleNodes, breadcrumbNode, clinicNode, faqPageNode, jsonLdGraph, serializeJsonLd } from "./json-ld";

const origin = "https://www.shamynds.example";
const clinic: Clinic = getClinic();

describe("serializeJsonLd", () => {
  it("cannot be broken out of by </script> in content", () => {
    const data = {
      headline: "Hello </script><script>alert(1)</script> & <!-- x -->",
    };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("escapes the U+2028 and U+2029 line separators", () => {
    const data = { text: "a\u2028b\u2029c" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(json).toContain("\\u2028");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("clinicNode", () => {
  const node = clinicNode(clinic, origin);

  it("describes the clinic from content/clinic.yaml", () => {
    expect(node).toMatchObject({
      "@type": "MedicalClinic",
      "@id": `${origin}/#clinic`,
      name: clinic.name,
      url: `${origin}/`,
      telephone: clinic.phone,
      email: clinic.email,
      medicalSpecialty: "https://schema.org/Psychiatric",
      address: {
        "@type": "PostalAddress",
        streetAddress: clinic.address.street,
        addressLocality: clinic.address.city,
        addressRegion: clinic.address.region,
        postalCode: clinic.address.postalCode,
        addressCountry: clinic.address.country,
      },
    });
  });

  it("lists opening hours per group of days", () => {
    expect(node).toHaveProperty(
      "openingHoursSpecification",
      clinic.hours.map((slot) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: slot.days.map((day) => `https://schema.org/${day}`),
        opens: slot.opens,
        closes: slot.closes,
      })),
    );
  });
});

describe("articleNodes", () => {
  const base = {
    path: "/articles/a",
    title: "A title",
    description: "A description",
    datePublished: "2024-05-01",
    dateModified: "2026-11-20",
    imagePath: "/articles/a/opengraph-image",
  };

  it("makes a MedicalWebPage whose main entity is the Article, published by the clinic", () => {
    const [page, article] = articleNodes(
      {
        ...base,
        author: clinic.name,
        reviewer: {
          id: "medical-director",
          name: "Dr. R",
          credentials: "MD",
          role: "Medical Director",
        },
        lastReviewed: "2026-11-20",
      },
      clinic,
      origin,
    );
    expect(page).toMatchObject({
      "@type": "MedicalWebPage",
      "@id": `${origin}/articles/a#webpage`,
      url: `${origin}/articles/a`,
      mainEntity: { "@id": `${origin}/articles/a#article` },
      breadcrumb: { "@id": `${origin}/articles/a#breadcrumb` },
      lastReviewed: "2026-11-20",
      reviewedBy: {
        "@type": "Person",
        name: "Dr. R",
        jobTitle: "Medical Director",
        worksFor: { "@id": `${origin}/#clinic` },
      },
    });
    expect(article).toMatchObject({
      "@type": "Article",
      headline: "A title",
      description: "A description",
      datePublished: "2024-05-01",
      dateModified: "2026-11-20",
      author: { "@id": `${origin}/#clinic` },
      publisher: { "@id": `${origin}/#clinic` },
      image: `${origin}/articles/a/opengraph-image`,
    });
  });

  it("names another author as a Person and leaves out an absent review", () => {
    const [page, article] = articleNodes({ ...base, author: "Sam Writer" }, clinic, origin);
    expect(article).toMatchObject({
      author: { "@type": "Person", name: "Sam Writer" },
    });
    expect(page).not.toHaveProperty("reviewedBy");
    expect(page).not.toHaveProperty("lastReviewed");
  });
});

describe("breadcrumbNode and faqPageNode", () => {
  it("numbers breadcrumbs from 1 with absolute URLs", () => {
    const node = breadcrumbNode(
      [
        { name: "Home", path: "/" },
        { name: "Articles", path: "/articles" },
      ],
      origin,
    );
    expect(node).toEqual({
      "@type": "BreadcrumbList",
      "@id": `${origin}/articles#breadcrumb`,
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${origin}/` },
        {
          "@type": "ListItem",
          position: 2,
          name: "Articles",
          item: `${origin}/articles`,
        },
      ],
    });
  });

  it("turns FAQ entries into Questions with accepted Answers", () => {
    const node = faqPageNode({ path: "/faq", title: "FAQ" }, [{ question: "Q?", answer: "A." }], origin);
    expect(node).toMatchObject({
      "@type": "FAQPage",
      url: `${origin}/faq`,
      mainEntity: [
        {
          "@type": "Question",
          name: "Q?",
          acceptedAnswer: { "@type": "Answer", text: "A." },
        },
      ],
    });
  });

  it("wraps nodes in one @graph with the schema.org context", () => {
    expect(jsonLdGraph([clinicNode(clinic, origin)])).toMatchObject({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "MedicalClinic" }],
    });
  });
});
