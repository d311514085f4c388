/**
 * The project's skills lexicon: ~320 data, ML, software, cloud and database skills and tools,
 * each with a canonical name and the aliases postings and resumes use.
 *
 * Format: one entry per line, `Canonical|alias|alias`, grouped by category. The canonical name
 * is itself an alias. Aliases match case-insensitively at word boundaries, except:
 * `=Alias` matches with its exact case (Swift, REST, Spring Boot is fine either way, SAS is not),
 * `~Alias` matches with its exact case and only inside a list ("Python, R and SQL"), for the
 * names that are also common words or letters (R, C, Go).
 * Maintained by hand: add an alias when a posting names a known skill another way; keep
 * canonical names as vendors write them.
 * Leaves out: job titles, industries, and generic words ("data", "cloud", "analytics").
 */

const LEXICON: Record<string, string> = {
  language: `
Python|python3|py3
~R|R programming|R language|RStudio|R Studio|tidyverse
SQL|structured query language
T-SQL|TSQL|Transact-SQL
PL/SQL|PLSQL
Java|Java SE|Java EE|J2EE
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
Bash|shell scripting|shell scripts|shell script|Unix shell|ksh|Korn shell
PowerVBA|Visual Basic for Applications
Visual Basic|VB.NET
COBOL
Haskell
Elixir
=Dart
Objective-C
Lua
HTML|HTML5
CSS|CSS3
Groovy
Solidity
Fortran
~Assembly|assembly language
`,
  web: `
=React|React.js|ReactJS
Angular|AngularJS
Vue.js|Vue|VueJS
Next.js|NextJS
Node.js|NodeJS
Express.js|ExpressJS
Django
Flask
FastAPI
Spring Boot|Spring Framework|Spring MVC
Ruby on Rails|=Rails
ASP.NET|ASP.NET Core
.NET|.NET Core|dotnet
jQuery
Redux
GraphQL
=REST|REST API|REST APIs|RESTful|RESTful API|RESTful APIs
gRPC
SOAP
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
`,
  database: `
Oracle Database|Oracle DB|Oracle RDBMS|Oracle 19c|Oracle 12c|Oracle 11g|Oracle 10g
Oracle
SQL Server|MS SQL Server|Microsoft SQL Server|MSSQL|MS SQL
PostgreSQL|Postgres|PostGIS
MySQL
MariaDB
SQLite
MongoDB|Mongo
Cassandra|Apache Cassandra
Redis
DynamoDB|Amazon DynamoDB
Elasticsearch|Elastic Search|OpenSearch
Neo4j
Couchbase
CouchDB
HBase
DB2|IBM DB2|Db2
Sybase
Teradata
Snowflake
Amazon Redshift|Redshift
BigQuery|Google BigQuery
Azure Synapse|Synapse Analytics
Databricks
Microsoft Access|MS Access
Informix
Vertica
ClickHouse
Cosmos DB|CosmosDB|Azure Cosmos DB
Amazon Aurora
Amazon RDS|RDS
Pinecone
Milvus
Weaviate
pgvector
FAISS
Exadata
`,
  dba: `
RMAN
Oracle Data Guard|Data Guard|DataGuard
Oracle RAC|RAC|Real Application Clusters
ASM|Automatic Storage Management
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
Backup and recovery|backup & recovery|backup and restore|disaster recovery
Database design|data modeling|data modelling|database modeling|dimensional modeling|star schema
Stored procedures|stored procedure
Indexing|index tuning
Partitioning|table partitioning
Database administration|DBA
Toad
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
Hadoop|HDFS|MapReduce
Hive|Apache Hive
=Pig|Apache Pig
Apache Kafka|Kafka
Apache Flink|Flink
Apache Beam
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
ETL|ELT|ETL pipelines|ETL/ELT
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
`,
  analytics: `
Tableau
Power BI|PowerBI|Microsoft Power BI
Looker
Looker Studio|Google Data Studio|Data Studio
Qlik|QlikView|Qlik Sense
MicroStrategy
Cognos|IBM Cognos
SAP BusinessObjects|Business Objects|BusinessObjects
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
`,
  ml: `
Machine learning|ML
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
`,
  cloud: `
AWS|Amazon Web Services
Microsoft Azure|Azure
Google Cloud|GCP|Google Cloud Platform
Oracle Cloud|OCI|Oracle Cloud Infrastructure
IBM Cloud
Amazon S3|S3
Amazon EC2|EC2
AWS Lambda
Amazon ECS|ECS
Amazon EKS|EKS
AWS Step Functions|Step Functions
CloudFormation|AWS CloudFormation
AWS CDK|CDK
IAM
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
Linux|RHEL|Red Hat|Red Hat Enterprise Linux|Ubuntu|CentOS|Oracle Linux
Unix|UNIX|AIX|Solaris|HP-UX
Windows Server
Active Directory
VMware|vSphere|ESXi
Hyper-V
Nginx
Apache HTTP Server|Apache httpd
Tomcat
Prometheus
Grafana
Datadog
Splunk
New Relic
ELK|ELK Stack|Kibana|Logstash
PagerDuty
Nagios
SolarWinds
ServiceNow
Infrastructure as code|IaC
Site reliability engineering|SRE
Observability
Networking|TCP/IP|DNS|DHCP
Load balancing|load balancers
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
Test-driven development|TDD
Integration testing
Selenium
Cypress
=Jest
JUnit
pytest
Postman
API design|API development|APIs
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
Mobile development|iOS|Android
Embedded systems
Blockchain
=Maven
Gradle
npm
Linux administration|system administration
Shell
Vim
`,
  soft: `
Communication|communication skills|written communication|verbal communication
Leadership
Problem solving|problem-solving
Teamwork|collaboration
Stakeholder management|stakeholder communication
Project management
Mentoring|mentorship
Presentation skills|presentations
Critical thinking
Time management
Attention to detail|detail-oriented
Product management
Change management
Technical writing|documentation
`,
};

export interface SkillEntry {
  name: string;
  category: string;
  /** Aliases with their markers (`=` exact case, `~` exact case inside a list). */
  aliases: string[];
}

/** The lexicon as entries, in file order. */
export const SKILLS: readonly SkillEntry[] = Object.entries(LEXICON).flatMap(([category, block]) =>
  block.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const parts = line.split("|").map((part) => part.trim());
    return { name: parts[0].replace(/^[=~]/, ""), category, aliases: parts };
  }),
);
