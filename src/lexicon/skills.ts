/**
 * The project's skills lexicon: about 500 data, ML, software, cloud, database, security and
 * office skills and tools, each with a canonical name and the aliases postings and resumes use.
 * Preprocessing (job-details skills, resume skill lists) and evaluation (skill claims, keyword
 * coverage) both read it, so the two stages agree on what a skill is and what it is called.
 *
 * Format: one entry per line, `Canonical|alias|alias>Parent`, grouped by category. The canonical
 * name is itself an alias. Aliases match case-insensitively, except:
 * `=Alias` matches with its exact case (Swift, REST; SAS is a skill, "sas" is not),
 * `~Alias` matches with its exact case and only inside a list ("Python, R and SQL"), for the
 * names that are also common words or letters (R, C, Go); see in-list.ts.
 * `>Parent` names a broader skill this one supports in a claim check (knowing MySQL supports a
 * claim of SQL, AIX one of Unix); the finders still report the narrower name.
 * The category "soft" holds skills a claim check leaves out (evaluate/claims.ts).
 *
 * Made from the union of two lexicons that preprocessing and evaluation once kept apart. Where
 * they spelt one skill differently, the vendor's spelling is canonical and the other an alias
 * (kafka -> Apache Kafka). Where one grouped what the other split, one thing under two names
 * stays one entry (Presto/Trino, ETL/ELT, performance/query tuning) and distinct products stay
 * apart under the group as parent (AIX and Solaris under Unix, iOS and Android under Mobile
 * development). Where an alias was case-sensitive in one and not in the other, the stricter
 * marker holds. "DBA" is no alias: it is the title Database Administrator, which the claim
 * checks read as a title.
 * Maintained by hand: add an alias when a posting names a known skill another way.
 * Leaves out: job titles, industries, generic words ("data", "cloud", "analytics"), versions
 * (numbers are claims of their own).
 */

const LEXICON: Record<string, string> = {
  language: `
Python|python3|py3|python 3
~R|R programming|R language|RStudio|R Studio|tidyverse
SQL|structured query language
T-SQL|TSQL|Transact-SQL|transact sql>SQL
PL/SQL|PLSQL|pl sql>SQL
Java|Java SE|Java EE|J2EE|core java|jee
JavaScript|Javascript|JS|ECMAScript|ES6
TypeScript
~C
C++|cpp
C#|C Sharp|csharp
~Go|Golang
=Rust
Scala
Kotlin
=Swift
~Ruby
PHP
Perl
MATLAB
=SAS|SAS Enterprise Guide|SAS EG
~Julia
Shell scripting|shell scripts|shell script|Unix shell
Bash|bash scripting>Shell scripting
ksh|Korn shell>Shell scripting
VBA|Visual Basic for Applications|PowerVBA
Visual Basic|vb|vb6
VB.NET|vb net>Visual Basic
COBOL
Haskell
Elixir
=Dart
Objective-C|objective c|objc
Lua
HTML|HTML5
CSS|CSS3
Groovy
Solidity
Fortran
~Assembly|assembly language
Erlang
Clojure
PowerShell|power shell
awk
sed
XSLT
`,
  web: `
=React|React.js|ReactJS
Angular|AngularJS|angular.js
Vue.js|Vue|VueJS
Next.js|NextJS
Node.js|NodeJS
Express.js|ExpressJS|=Express
Django
Flask
FastAPI
Spring Boot|Spring Framework|Spring MVC|=Spring|springboot
Ruby on Rails|=Rails
ASP.NET|ASP.NET Core|asp net
=.NET|.NET Core|dotnet|.net framework|dotnet core
jQuery
Redux
GraphQL
=REST|REST API|REST APIs|RESTful|RESTful API|RESTful APIs
gRPC
=SOAP
Microservices|microservice|micro-services
WebSockets|WebSocket
Tailwind CSS|Tailwind
=Bootstrap
Sass|SCSS
Webpack
OAuth|OAuth2|OAuth 2.0
JSON
XML
YAML
Svelte
Hibernate
JPA
Struts
Servlets|servlet
JSP
Entity Framework
Laravel
WordPress
Web services
AJAX
React Native
Flutter
Xamarin
=Unity
`,
  database: `
Oracle Database|Oracle DB|Oracle RDBMS|Oracle 19c|Oracle 12c|Oracle 11g|Oracle 10g>SQL
Oracle>SQL
SQL Server|MS SQL Server|Microsoft SQL Server|MSSQL|MS SQL>SQL
PostgreSQL|Postgres|PostGIS|postgre sql|psql>SQL
MySQL|my sql>SQL
MariaDB>SQL
SQLite>SQL
MongoDB|Mongo
Cassandra|Apache Cassandra
Redis
DynamoDB|Amazon DynamoDB|dynamo db
Elasticsearch|Elastic Search|OpenSearch
Neo4j
Couchbase
CouchDB
HBase
DB2|IBM DB2|Db2>SQL
Sybase>SQL
Teradata>SQL
Snowflake
Amazon Redshift|Redshift
BigQuery|Google BigQuery|big query
Azure Synapse|Synapse Analytics|synapse
Databricks
Microsoft Access|MS Access
Informix>SQL
Vertica
ClickHouse
Cosmos DB|CosmosDB|Azure Cosmos DB
Amazon Aurora|aurora
Amazon RDS|RDS
Pinecone
Milvus
Weaviate
pgvector
FAISS
Exadata|oracle exadata
NoSQL|no sql
RDBMS
`,
  dba: `
RMAN
Oracle Data Guard|Data Guard|DataGuard
Oracle RAC|=RAC|Real Application Clusters
=ASM|Automatic Storage Management|oracle asm
Oracle GoldenGate|GoldenGate|Golden Gate
Data Pump|datapump|expdp
Oracle Enterprise Manager|OEM|OEM 13c|Grid Control|Cloud Control
AWR|=ASH|ADDM
SQL*Loader|SQL Loader
Always On|AlwaysOn|Always On Availability Groups|Availability Groups
Log Shipping
Database Mirroring|mirroring
Replication|database replication|transactional replication
Clustering|failover clustering|failover cluster
SSIS|SQL Server Integration Services
SSRS|SQL Server Reporting Services
SSAS|SQL Server Analysis Services
SQL Profiler|Profiler
Query tuning|query optimization|SQL tuning|performance tuning|database tuning
Backup and recovery|backup & recovery|backup and restore|backup recovery
Disaster recovery
Database design|data modeling|data modelling|database modeling|dimensional modeling|star schema
Stored procedures|stored procedure
Indexing|index tuning
Partitioning|table partitioning
Database administration
=Toad|=TOAD
SQL Developer|Oracle SQL Developer
SQL Server Management Studio|SSMS
=ERwin|ERwin Data Modeler|Erwin Data Modeler
Liquibase
Flyway
pgAdmin
Patroni
pgBouncer
`,
  data_engineering: `
Apache Spark|=Spark|PySpark|Spark SQL
Hadoop|apache hadoop
HDFS>Hadoop
MapReduce|map reduce>Hadoop
=Hive|Apache Hive
=Pig|Apache Pig
Apache Kafka|Kafka
Apache Flink|Flink
Apache Beam|=Beam
Apache Airflow|Airflow
Luigi
Dagster
Prefect
dbt|data build tool
Apache NiFi|NiFi
Talend
Informatica|Informatica PowerCenter
Fivetran
=Stitch
Matillion
AWS Glue
ETL|ELT|ETL pipelines|ETL/ELT|extract transform load
Data warehousing|data warehouse|data warehouses|DWH
Data lake|data lakes|lakehouse
Delta Lake
Apache Iceberg|Iceberg
Apache Parquet|Parquet
Avro
Apache Hudi|Hudi
Data pipelines|data pipeline
Stream processing|real-time streaming|streaming data
Kinesis|Amazon Kinesis
Pub/Sub|Google Pub/Sub
RabbitMQ
Presto|Trino
Amazon Athena|=Athena
Amazon EMR
Google Dataflow|=Dataflow
Dataproc
Azure Data Factory|ADF
Microsoft Fabric
SSIS packages
Data quality
Data governance
Master data management|MDM
Change data capture|CDC
Debezium
Great Expectations
Alteryx
DataStage|IBM DataStage
Sqoop
`,
  analytics: `
Tableau
Power BI|PowerBI|Microsoft Power BI
Looker
Looker Studio|Google Data Studio|Data Studio
Qlik|QlikView|Qlik Sense
MicroStrategy
Cognos|IBM Cognos
SAP BusinessObjects|Business Objects|BusinessObjects|sap business objects|sap bo
=Excel|Microsoft Excel|MS Excel|advanced Excel
Google Sheets
Pivot tables|pivot table|PivotTables
VLOOKUP|XLOOKUP
Power Query
DAX
SPSS|IBM SPSS
Stata
Minitab
Google Analytics|GA4
Adobe Analytics
Mixpanel
=Amplitude
Salesforce
=SAP
Jira
Confluence
A/B testing|AB testing|A/B tests|split testing|experimentation
Statistics|statistical analysis|statistical modeling|statistical methods
Hypothesis testing|significance testing
Regression analysis|linear regression|logistic regression|regression models
Time series|time series analysis|forecasting
Bayesian statistics|Bayesian methods|Bayesian
Causal inference
Experimental design|design of experiments
Survival analysis
Data visualization|data visualisation
Dashboards|dashboard|dashboarding
Data analysis|data analytics
Data mining
KPIs|KPI
Econometrics
Operations research|linear programming|mathematical optimization
Monte Carlo simulation|Monte Carlo
Cohort analysis
Customer segmentation
Market basket analysis
Crystal Reports
D3.js|d3
Big data
Data cleaning
`,
  ml: `
Machine learning|=ML
Deep learning
Natural language processing|NLP
Computer vision
Large language models|LLM|LLMs
Generative AI|GenAI|Gen AI
Retrieval-augmented generation|RAG
Prompt engineering
Fine-tuning|fine tuning|finetuning
LoRA
=Transformers|transformer models
Hugging Face|HuggingFace
LangChain
LlamaIndex
OpenAI API|OpenAI|GPT-4|ChatGPT
BERT
Reinforcement learning
Recommender systems|recommendation systems|recommendation engines
Feature engineering
Model deployment|model serving
MLOps
PyTorch|Torch
TensorFlow
Keras
scikit-learn|sklearn|scikit learn
XGBoost
LightGBM
CatBoost
pandas
NumPy
SciPy
Polars
statsmodels
Matplotlib
Seaborn
Plotly
ggplot2
dplyr
Jupyter|Jupyter Notebook|JupyterLab
MLflow
Kubeflow
Amazon SageMaker|SageMaker
Vertex AI
Azure Machine Learning|Azure ML
Weights & Biases|W&B|wandb
ONNX
TensorRT
CUDA
OpenCV
spaCy
NLTK
Gensim
=Ray
Dask
Triton Inference Server|Triton
Vector databases|vector database|vector search
Embeddings|embedding models
Neural networks|neural network|CNN|RNN|LSTM
Clustering algorithms|k-means|K-Means
Anomaly detection
Predictive modeling|predictive modelling|predictive analytics
Feature stores|feature store
Artificial intelligence|AI
Data science
`,
  cloud: `
AWS|Amazon Web Services
Microsoft Azure|Azure
Google Cloud|GCP|Google Cloud Platform
Oracle Cloud|OCI|Oracle Cloud Infrastructure
IBM Cloud
Amazon S3|S3
Amazon EC2|EC2
AWS Lambda|=Lambda
Amazon ECS|ECS
Amazon EKS|EKS
AWS Step Functions|Step Functions
CloudFormation|AWS CloudFormation
AWS CDK|CDK
=IAM
VPC
CloudWatch
Azure DevOps
Azure Functions
Azure Data Lake|ADLS
Azure SQL|Azure SQL Database|Azure SQL Managed Instance
Google Kubernetes Engine|GKE
Cloud Functions
Firebase
Heroku
Serverless
Cloud computing
`,
  devops: `
Docker
Kubernetes|K8s
=Helm
OpenShift
Terraform
Ansible
=Chef
=Puppet
Jenkins
GitHub Actions
GitLab CI|GitLab CI/CD
CircleCI
Travis CI
Argo CD|ArgoCD
CI/CD|CICD|continuous integration|continuous delivery|continuous deployment
Git
GitHub
GitLab
Bitbucket
SVN|Subversion
Linux|Oracle Linux
Red Hat Enterprise Linux|RHEL|Red Hat>Linux
Ubuntu>Linux
CentOS>Linux
Debian>Linux
Unix|UNIX|HP-UX
AIX>Unix
Solaris>Unix
Windows Server
Active Directory|=AD
VMware|vSphere|ESXi
Hyper-V|hyper v
Nginx
Apache HTTP Server|Apache httpd|apache|httpd
Tomcat|apache tomcat
Prometheus
Grafana
Datadog
Splunk
New Relic
ELK|ELK Stack
Kibana>ELK
Logstash>ELK
PagerDuty
Nagios
SolarWinds
ServiceNow
Infrastructure as code|IaC
Site reliability engineering|SRE
Observability
Networking
TCP/IP|tcp ip>Networking
DNS>Networking
DHCP>Networking
Load balancing|load balancers|load balancer
=Bamboo
TFS|Team Foundation Server
IIS
WebLogic|Oracle WebLogic
WebSphere|IBM WebSphere
JBoss|WildFly
Virtualization
Citrix
Vagrant
Zabbix
Windows
macOS|mac os
LDAP
Cisco
Routing and switching|routing|switching
Firewalls|firewall
VPN
=SAN|storage area network
=NAS
Backup|backups
`,
  software: `
Object-oriented programming|OOP|object oriented programming|object-oriented design
Functional programming
Data structures
Algorithms
System design|distributed systems design
Distributed systems
Design patterns
Unit testing|unit tests
Test-driven development|TDD|test driven development
Integration testing
Selenium
Cypress
=Jest
JUnit
pytest
Postman
API design|API development|APIs|api
Event-driven architecture|event driven architecture
Message queues|message queue
Concurrency|multithreading|multi-threading
Code review|code reviews
Debugging
Agile|Agile methodologies|agile development
Scrum
Kanban
SDLC|software development life cycle
DevOps
Information security|cybersecurity|cyber security
Encryption
Identity management|identity and access management
Mobile development
=iOS>Mobile development
Android>Mobile development
Embedded systems
Blockchain
=Maven
Gradle
npm
Linux administration|system administration
Shell
Vim
Project management
Change management
TestNG
=Mocha
JMeter
Cucumber
Test automation|automated testing
Waterfall
ITIL
=Lean|lean six sigma
Six Sigma
BDD
UML
Requirements gathering
Business analysis
Capacity planning
High availability
Troubleshooting
Technical documentation
`,
  security: `
SIEM
Penetration testing|pen testing
Vulnerability assessment
ISO 27001
NIST
SOX|SOX compliance|Sarbanes-Oxley
HIPAA
PCI DSS|=PCI
GDPR
Wireshark
Nmap
Metasploit
Burp Suite
OWASP
`,
  business: `
SAP HANA|HANA
Oracle E-Business Suite|Oracle EBS|=EBS
PeopleSoft
Dynamics 365|Microsoft Dynamics
Microsoft Office|MS Office|Office 365|O365
Microsoft Word|MS Word
PowerPoint|MS PowerPoint|Microsoft PowerPoint
Microsoft Project|MS Project
Visio|MS Visio|Microsoft Visio
SharePoint
Microsoft Teams|MS Teams
=Outlook
Trello
Asana
=Slack
`,
  soft: `
Communication|communication skills|written communication|verbal communication
Leadership
Problem solving|problem-solving
Teamwork|collaboration
Stakeholder management|stakeholder communication
Mentoring|mentorship
Presentation skills|presentations
Critical thinking
Time management
Attention to detail|detail-oriented
Product management
Technical writing|documentation
`,
};

export interface SkillAlias {
  /** As written, without its marker. */
  text: string;
  /** `=` or `~`: only as written. */
  caseSensitive: boolean;
  /** `~`: only inside a list. */
  listOnly: boolean;
}

export interface SkillEntry {
  /** The canonical name, as vendors write it ("PostgreSQL"): what preprocessing reports. */
  name: string;
  /** The name lowercased ("postgresql"): what claim checks compare. */
  key: string;
  category: string;
  aliases: SkillAlias[];
  /** The canonical name of the broader skill this one supports, if any. */
  parent: string | null;
}

function parseEntry(line: string, category: string): SkillEntry {
  const [names, parent = null] = line.split(">");
  const aliases = names
    .split("|")
    .map((part) => part.trim())
    .map((part): SkillAlias => ({
      text: part.replace(/^[=~]/, ""),
      caseSensitive: part.startsWith("=") || part.startsWith("~"),
      listOnly: part.startsWith("~"),
    }));
  return { name: aliases[0].text, key: aliases[0].text.toLowerCase(), category, aliases, parent };
}

/** The lexicon as entries, in file order. */
export const SKILLS: readonly SkillEntry[] = Object.entries(LEXICON).flatMap(([category, block]) =>
  block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => parseEntry(line, category)),
);

/** Each entry by its key. */
export const SKILL_BY_KEY: ReadonlyMap<string, SkillEntry> = new Map(SKILLS.map((skill) => [skill.key, skill]));

// A typo in a hand-kept list should fail at load, not quietly drop a parent or merge two skills.
for (const skill of SKILLS) {
  if (skill.parent !== null && !SKILL_BY_KEY.has(skill.parent.toLowerCase()))
    throw new Error(`skills lexicon: ${skill.name} names an unknown parent ${skill.parent}`);
}
if (SKILL_BY_KEY.size !== SKILLS.length) throw new Error("skills lexicon: two entries share a canonical name");
