/**
 * Common given names, written for the header-name check of pii-names.ts: a header that starts
 * with one of these and a capitalised word is taken for a person's name even without a contact
 * detail beside it.
 *
 * A mix of the countries whose resumes and postings the workbench reads (US, UK, Canada, India,
 * Germany, Singapore and their usual immigrant names), written from general knowledge as a short
 * list, not copied from a name database. Leaves out: most names (the list is a hint, not the
 * rule); names that are also common resume words ("Will", "Grant", "Chase", "Summer", "Bill",
 * "Lead") so a header like "Grant Writer" is not a name.
 */

const NAMES = `
Aaron Abdul Abhishek Adam Adebayo Aditi Aditya Adrian Ahmed Aisha Akash Alan Albert Alejandro Alex Alexander Alexandra Ali
Alice Alicia Alina Alison Amanda Amber Amit Amy Ana Anand Andrea Andreas Andrew Angela Anil Anita Anja Anjali Ankit Ann Anna
Anne Anthony Antonio Anusha Arjun Arun Ashley Ashok Astrid Ayesha Barbara Benjamin Bernd Beth Brandon Brenda Brian Bruno
Caitlin Carlos Carmen Carol Caroline Casey Catherine Charles Charlotte Chen Chloe Chris Christian Christina Christine
Christopher Claire Claudia Connor Craig Cynthia Daniel Daniela Darren Deepak Deepika Dennis Derek Dhruv Diana Diego Divya
Dominik Donald Donna Dorothy Douglas Dylan Edward Elena Elif Elizabeth Ellen Emily Emma Eric Erik Ethan Eva Fatima Felix
Fiona Florian Francesca Frank Gabriel Gary George Gerald Gita Gopal Greta Gurpreet Hannah Hans Harish Harpreet Harry Heather
Helen Helga Hiroshi Ian Isabel Isabella Ivan Jack Jacob James Jan Jane Janet Jasmine Jason Javier Jayesh Jennifer Jeremy
Jessica Jiahui Joanna Johannes John Jonas Jonathan Jordan Jorge Jose Joseph Joshua Juan Judith Julia Julian Justin Kamal
Karen Karthik Katarina Katharina Kathleen Katrin Kavya Keith Kelly Kenneth Kevin Kimberly Klaus Krishna Kumar Kwame Lakshmi
Laura Lauren Leila Lena Leon Leonie Linda Lisa Lukas Luis Madhu Manish Manoj Marcus Margaret Maria Marie Mark Markus Martin
Mary Matthew Max Maximilian Meera Megan Mei Melissa Michael Michelle Mohammed Mohammad Monika Nadia Nancy Natalie Nathan
Neha Nicholas Nicole Niklas Nikhil Nina Noah Olivia Omar Oliver Pamela Patricia Patrick Paul Paula Pooja Prakash Pranav
Priya Priyanka Rachel Rahul Raj Rajesh Rakesh Ramesh Ravi Rebecca Rohan Rohit Ryan Sabine Sachin Sakshi Samantha Samuel
Sandeep Sandra Sanjay Sara Sarah Scott Sean Sebastian Shanti Sharon Shreya Shruti Siddharth Simon Sneha Sofia Sophia Sophie
Stefan Stefanie Stephanie Stephen Steven Sunil Suresh Susan Swati Tanvir Tanya Tara Teresa Thomas Tiffany Timothy Tobias
Tyler Ursula Varun Vera Victoria Vijay Vikram Vincent Vinod Virginia Wei Wolfgang Xin Yan Yash Yusuf Zainab Zoe
`;

/** Lower-case given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase()),
);
