/**
 * The small built-in lists synthetic personas are drawn from: common US first and last names
 * (a mix of origins, so personas do not all look alike), US cities with their state and one
 * area code, and street names.
 *
 * Names are common ones from public US name-frequency lists, used as building blocks only;
 * a drawn pair may match a real person by chance, as any common name does, which is why
 * personas' e-mail domains are reserved ones (example.com / example.org) and phone numbers the
 * 555-01xx range reserved for fiction.
 * Leaves out: non-US personas (the study's postings and personas are US-only).
 */

export const FIRST_NAMES: readonly string[] = [
  "James", "Maria", "Michael", "Priya", "David", "Aisha", "Daniel", "Mei", "Carlos", "Sarah", "Kwame", "Emily",
  "Jose", "Hannah", "Andrew", "Fatima", "Kevin", "Laura", "Hiroshi", "Grace", "Omar", "Rachel", "Luis", "Nadia",
  "Brian", "Olivia", "Samuel", "Ana", "Thomas", "Chloe", "Ravi", "Julia", "Marcus", "Elena", "Tyler", "Sofia",
  "Ethan", "Leila", "Noah", "Camila",
];

export const LAST_NAMES: readonly string[] = [
  "Smith", "Johnson", "Garcia", "Nguyen", "Patel", "Kim", "Brown", "Martinez", "Okafor", "Chen", "Wilson", "Lopez",
  "Anderson", "Hernandez", "Thompson", "Singh", "Moore", "Rivera", "Walker", "Khan", "Young", "Tanaka", "Allen",
  "Mensah", "Wright", "Rossi", "Scott", "Cohen", "Green", "Silva", "Baker", "Ahmed", "Adams", "Novak", "Nelson",
  "Haddad", "Hill", "Murphy", "Campbell", "Reyes",
];

export const US_CITIES: readonly { city: string; state: string; areaCode: string }[] = [
  { city: "Atlanta", state: "GA", areaCode: "404" }, { city: "Austin", state: "TX", areaCode: "512" },
  { city: "Boston", state: "MA", areaCode: "617" }, { city: "Charlotte", state: "NC", areaCode: "704" },
  { city: "Chicago", state: "IL", areaCode: "312" }, { city: "Columbus", state: "OH", areaCode: "614" },
  { city: "Dallas", state: "TX", areaCode: "214" }, { city: "Denver", state: "CO", areaCode: "303" },
  { city: "Detroit", state: "MI", areaCode: "313" }, { city: "Houston", state: "TX", areaCode: "713" },
  { city: "Indianapolis", state: "IN", areaCode: "317" }, { city: "Kansas City", state: "MO", areaCode: "816" },
  { city: "Los Angeles", state: "CA", areaCode: "213" }, { city: "Miami", state: "FL", areaCode: "305" },
  { city: "Minneapolis", state: "MN", areaCode: "612" }, { city: "Nashville", state: "TN", areaCode: "615" },
  { city: "New York", state: "NY", areaCode: "212" }, { city: "Philadelphia", state: "PA", areaCode: "215" },
  { city: "Phoenix", state: "AZ", areaCode: "602" }, { city: "Pittsburgh", state: "PA", areaCode: "412" },
  { city: "Portland", state: "OR", areaCode: "503" }, { city: "Raleigh", state: "NC", areaCode: "919" },
  { city: "Sacramento", state: "CA", areaCode: "916" }, { city: "Salt Lake City", state: "UT", areaCode: "801" },
  { city: "San Diego", state: "CA", areaCode: "619" }, { city: "Seattle", state: "WA", areaCode: "206" },
  { city: "St. Louis", state: "MO", areaCode: "314" }, { city: "Tampa", state: "FL", areaCode: "813" },
];

export const STREETS: readonly string[] = [
  "Maple Ave", "Oak St", "Cedar Ln", "Park Blvd", "Lakeview Dr", "Hillcrest Rd", "Elm St", "Willow Way",
  "Sunset Blvd", "River Rd", "Chestnut St", "Pine Ct",
];

export const EMAIL_DOMAINS: readonly string[] = ["example.com", "example.org"];
