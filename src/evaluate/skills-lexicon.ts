// The skills and tools the claim checks and keyword coverage recognise: about 300 common tech
// skills, each with its aliases, so "js" and "JavaScript", "postgres" and "PostgreSQL" count as one.
//
// Format of an entry: "canonical|alias|alias>parent". The canonical name (lowercased) is the
// first alias. An alias starting with "=" matches only as written (case-sensitive): "R", "Go"
// and "REST" are skills, "r", "go" and "rest" are words. ">parent" names a broader skill that this one supports (knowing
// MySQL supports a claim of SQL). Aliases are matched as words (see match-text.ts), so
// punctuation does not matter: "ci/cd" is "ci cd", "node.js" is "node js".
// Leaves out: single-letter "C" (too ambiguous in resume text: grades, building names), soft
// skills, domain knowledge (finance, healthcare), and versions (numbers are claims of their own).

export const SKILL_ENTRIES: readonly string[] = [
  // Languages
  "python|python3|python 3", "java|core java|java se|java ee|j2ee|jee", "javascript|js|ecmascript|es6",
  "typescript", "c++|cpp", "c#|csharp|c sharp", "=Go|golang", "=Rust", "=Ruby", "php", "perl",
  "scala", "kotlin", "=Swift", "objective-c|objective c|objc", "=R|r programming|rstudio", "matlab",
  "sas", "spss", "stata", "vba|visual basic for applications", "visual basic|vb|vb6",
  "vb.net|vb net", "cobol", "fortran", "haskell", "elixir", "erlang", "clojure", "lua", "dart",
  "groovy", "assembly|assembly language", "shell scripting|shell script|shell scripts", "bash|bash scripting",
  "powershell|power shell", "ksh|korn shell", "awk", "sed", "html|html5", "css|css3", "sass|scss",
  "xml", "json", "yaml", "xslt", "graphql", "solidity",
  // SQL and databases
  "sql|structured query language", "t-sql|tsql|transact-sql|transact sql>sql", "pl/sql|plsql|pl sql>sql",
  "mysql|my sql>sql", "postgresql|postgres|postgre sql|psql>sql", "sql server|ms sql server|microsoft sql server|mssql|ms sql>sql",
  "oracle|oracle database|oracle db|oracle rdbms>sql", "sqlite>sql", "mariadb>sql", "db2|ibm db2>sql",
  "sybase>sql", "teradata>sql", "informix>sql", "ms access|microsoft access", "mongodb|mongo",
  "cassandra|apache cassandra", "redis", "couchbase", "couchdb", "dynamodb|dynamo db", "neo4j",
  "elasticsearch|elastic search", "opensearch", "hbase", "cosmos db|cosmosdb", "firebase",
  "snowflake", "redshift|amazon redshift", "bigquery|big query|google bigquery", "databricks",
  "synapse|azure synapse", "oracle rac|=RAC", "oracle data guard|data guard|dataguard", "rman",
  "oracle goldengate|goldengate|golden gate", "oracle exadata|exadata", "oracle asm|=ASM",
  "oem|oracle enterprise manager", "always on|alwayson|always on availability groups",
  "log shipping", "database mirroring", "replication|database replication",
  "ssms|sql server management studio", "sql profiler", "stored procedures|stored procedure",
  "nosql|no sql", "rdbms", "data modeling|data modelling", "erwin", "=TOAD|=Toad", "sql developer",
  "performance tuning|query tuning|database tuning", "backup and recovery|backup recovery",
  // Data engineering and BI
  "etl|extract transform load", "elt", "ssis|sql server integration services",
  "ssrs|sql server reporting services", "ssas|sql server analysis services", "informatica|informatica powercenter",
  "talend", "datastage|ibm datastage", "apache spark|spark|pyspark", "hadoop|apache hadoop", "apache hive|=Hive",
  "apache pig|=Pig", "kafka|apache kafka", "airflow|apache airflow", "flink|apache flink", "apache beam|=Beam",
  "nifi|apache nifi", "sqoop", "hdfs", "mapreduce|map reduce", "dbt", "presto", "trino", "delta lake",
  "data warehousing|data warehouse|data warehouses", "data lake|data lakes", "data pipelines|data pipeline",
  "tableau", "power bi|powerbi|microsoft power bi", "looker", "qlik|qlikview|qlik sense", "microstrategy",
  "cognos|ibm cognos", "business objects|sap business objects|sap bo", "crystal reports", "excel|ms excel|microsoft excel",
  "google sheets", "pivot tables|pivot table", "vlookup", "alteryx", "d3.js|d3",
  // Data science and ML
  "machine learning|=ML", "deep learning", "artificial intelligence|ai", "natural language processing|nlp",
  "computer vision", "data science", "data analysis|data analytics", "statistics|statistical analysis",
  "predictive modeling|predictive modelling", "linear regression|logistic regression",
  "clustering", "time series|time series analysis", "a/b testing|ab testing",
  "feature engineering", "reinforcement learning", "large language models|llm|llms",
  "generative ai|genai", "pandas", "numpy", "scipy", "scikit-learn|sklearn|scikit learn",
  "tensorflow", "keras", "pytorch|torch", "xgboost", "lightgbm", "hugging face|huggingface|transformers",
  "langchain", "opencv", "nltk", "spacy", "matplotlib", "seaborn", "plotly", "jupyter|jupyter notebook",
  "mlflow", "kubeflow", "sagemaker|amazon sagemaker", "vertex ai", "mlops", "data visualization|data visualisation",
  "data mining", "big data", "data cleaning", "data governance", "data quality", "master data management|mdm",
  // Cloud
  "aws|amazon web services", "azure|microsoft azure", "gcp|google cloud|google cloud platform",
  "ec2|amazon ec2", "s3|amazon s3", "aws lambda|=Lambda", "rds|amazon rds", "aurora|amazon aurora",
  "cloudformation|aws cloudformation", "cloudwatch", "=IAM", "vpc", "azure devops", "azure data factory|adf",
  "azure sql|azure sql database", "oracle cloud|oci", "ibm cloud", "heroku", "cloud computing",
  // DevOps and infrastructure
  "docker", "kubernetes|k8s", "openshift", "=Helm", "terraform", "ansible", "=Puppet", "=Chef",
  "jenkins", "gitlab ci|gitlab", "github actions", "circleci", "travis ci", "=Bamboo", "ci/cd|cicd|continuous integration",
  "git", "github", "bitbucket", "svn|subversion", "tfs|team foundation server", "maven", "gradle", "npm",
  "nginx", "apache|apache http server|httpd", "tomcat|apache tomcat", "iis", "weblogic|oracle weblogic",
  "websphere|ibm websphere", "jboss|wildfly", "vmware|vsphere|esxi", "hyper-v|hyper v", "virtualization",
  "citrix", "vagrant", "prometheus", "grafana", "splunk", "nagios", "zabbix", "datadog", "new relic",
  "elk|elk stack", "logstash", "kibana", "devops", "sre|site reliability engineering", "microservices",
  "serverless", "linux", "unix", "red hat|rhel|red hat enterprise linux", "centos", "ubuntu", "debian",
  "solaris", "aix", "windows server", "windows", "macos|mac os", "active directory|=AD", "ldap", "dns",
  "dhcp", "tcp/ip|tcp ip", "networking", "cisco", "routing and switching|routing|switching", "firewalls|firewall",
  "vpn", "load balancing|load balancer", "=SAN|storage area network", "=NAS", "backup|backups",
  // Web and application development
  "react|reactjs|react.js", "angular|angularjs|angular.js", "vue|vue.js|vuejs", "svelte", "next.js|nextjs",
  "node.js|nodejs", "express.js|=Express|expressjs", "jquery", "bootstrap", "tailwind|tailwind css",
  "django", "flask", "fastapi", "=Spring|spring framework", "spring boot|springboot", "hibernate", "jpa",
  "struts", "servlets|servlet", "jsp", "=.NET|dotnet|.net framework", "asp.net|asp net", ".net core|dotnet core",
  "entity framework", "ruby on rails|=Rails", "laravel", "wordpress", "rest api|=REST|restful|restful apis|rest apis",
  "=SOAP", "web services", "api design|apis|api", "grpc", "oauth", "websockets", "ajax", "redux", "webpack",
  "android", "=iOS", "react native", "flutter", "xamarin", "=Unity", "selenium", "junit", "testng", "pytest",
  "=Jest", "=Mocha", "cypress", "postman", "jmeter", "cucumber", "unit testing", "test automation|automated testing",
  // Security
  "cybersecurity|cyber security|information security", "siem", "penetration testing|pen testing", "vulnerability assessment",
  "iso 27001", "nist", "sox|sox compliance|sarbanes-oxley", "hipaa", "pci dss|=PCI", "gdpr", "encryption",
  "identity and access management", "wireshark", "nmap", "metasploit", "burp suite", "owasp",
  // ERP, CRM, office and collaboration
  "sap", "sap hana|hana", "oracle e-business suite|oracle ebs|=EBS", "peoplesoft", "salesforce", "servicenow",
  "dynamics 365|microsoft dynamics", "ms office|microsoft office|office 365|o365", "ms word|microsoft word",
  "ms powerpoint|powerpoint|microsoft powerpoint", "ms project|microsoft project", "ms visio|visio|microsoft visio",
  "sharepoint", "ms teams|microsoft teams", "=Outlook", "jira", "confluence", "trello", "asana", "=Slack",
  // Methods
  "agile", "scrum", "kanban", "waterfall", "sdlc", "itil", "=Lean|lean six sigma", "six sigma", "oop|object oriented programming",
  "design patterns", "tdd|test driven development", "bdd", "uml", "data structures", "algorithms",
  "project management", "requirements gathering", "business analysis", "change management", "capacity planning",
  "disaster recovery", "high availability", "troubleshooting", "technical documentation",
];

export interface SkillEntry {
  canonical: string;
  /** Aliases as written (case-insensitive) and as written with "=" removed (case-sensitive). */
  aliases: { text: string; caseSensitive: boolean }[];
  parent: string | null;
}

/** The lexicon parsed once: one entry per canonical skill, in the order above. */
export const SKILLS: readonly SkillEntry[] = SKILL_ENTRIES.map((line) => {
  const [names, parent = null] = line.split(">");
  const parts = names.split("|");
  return {
    canonical: parts[0].replace(/^=/, "").toLowerCase(),
    aliases: parts.map((part) => (part.startsWith("=") ? { text: part.slice(1), caseSensitive: true } : { text: part, caseSensitive: false })),
    parent,
  };
});
